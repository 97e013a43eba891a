package se.styrledger.command.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTask;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --styrledger.task=import --styrledger.import.file=events.jsonl}: replays another ledger's export into this
 * ledger's empty event store. Only from the command line: it needs the database, so only its operator can run it,
 * and a whole ledger is larger than any request the API takes.
 */
@Component
public class ImportTask implements LedgerTask {

    private static final Logger log = LoggerFactory.getLogger(ImportTask.class);

    private final EventImport eventImport;
    private final Environment environment;

    public ImportTask(EventImport eventImport, Environment environment) {
        this.eventImport = eventImport;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "replay an export (styrledger.import.file) into this ledger's empty event store";
    }

    @Override
    public int run() throws Exception {
        String file = environment.getProperty("styrledger.import.file");
        if (file == null || file.isBlank() || !Files.isReadable(Path.of(file))) {
            log.error("Say which export to import: --styrledger.import.file=events.jsonl (a readable file)");
            return USAGE;
        }
        long started = System.nanoTime();
        EventImport.Imported imported;
        try (BufferedReader lines = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            imported = eventImport.importFrom(lines);
        } catch (EventImport.ImportRefused e) {
            log.error("Import refused: {}", e.getMessage());
            return FAILED;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info("Imported {} events (positions {} to {}) in {} ms, {} events/s. The read models follow as the"
                        + " projections catch up; --styrledger.task=rebuild builds them from scratch.",
                imported.events(), imported.firstPosition(), imported.lastPosition(), Math.round(seconds * 1000),
                Math.round(imported.events() / seconds));
        return OK;
    }
}
