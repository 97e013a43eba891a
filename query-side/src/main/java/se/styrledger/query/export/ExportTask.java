package se.styrledger.query.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTask;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code --styrledger.task=export --styrledger.export.file=events.jsonl}: writes the events to a file as JSON Lines,
 * with everything the event store holds (the operator has the database anyway), ready for analysis or for an import
 * into another ledger. The same range settings as the HTTP export narrow it down.
 */
@Component
public class ExportTask implements LedgerTask {

    private static final Logger log = LoggerFactory.getLogger(ExportTask.class);

    private final EventExport export;
    private final Environment environment;

    public ExportTask(EventExport export, Environment environment) {
        this.export = export;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description() {
        return "write events as JSON Lines to styrledger.export.file (range: styrledger.export.from-position,"
                + " to-position, recorded-from, recorded-to, aggregate-type)";
    }

    @Override
    public int run() throws Exception {
        String file = environment.getProperty("styrledger.export.file");
        if (file == null || file.isBlank()) {
            log.error("Say where to write: --styrledger.export.file=events.jsonl");
            return USAGE;
        }
        EventRange range = EventRange.of(
                environment.getProperty("styrledger.export.from-position", Long.class),
                environment.getProperty("styrledger.export.to-position", Long.class),
                environment.getProperty("styrledger.export.recorded-from"),
                environment.getProperty("styrledger.export.recorded-to"),
                environment.getProperty("styrledger.export.aggregate-type"));
        Path target = Path.of(file).toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place, so a failed export never leaves half a file behind.
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long started = System.nanoTime();
        long count;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
            count = export.write(range, true, out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        log.info("Exported {} events to {} ({} bytes) in {} ms, {} events/s", count, target, Files.size(target),
                Math.round(seconds * 1000), Math.round(count / seconds));
        return OK;
    }
}
