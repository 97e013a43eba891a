package se.styrledger.command.financialoutcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.command.financialoutcomes.FinancialOutcomeImport.RecordFinancialOutcomes;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.economy.OutcomeSource;
import se.styrledger.platform.task.LedgerTask;
import se.styrledger.platform.web.LedgerException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * {@code --styrledger.task=sie-import --styrledger.sie.file=utfall.se}: records the utfall of a SIE 4 file (or a CSV
 * file, {@code --styrledger.sie.format=CSV}) too large for an HTTP request. Recorded as {@code task:sie-import}.
 */
@Component
public class SieImportTask implements LedgerTask {

    static final String RECORDED_BY = "task:sie-import";
    private static final Logger log = LoggerFactory.getLogger(SieImportTask.class);

    private final OutcomeFiles files;
    private final CommandExecutor commands;
    private final Environment environment;

    public SieImportTask(OutcomeFiles files, CommandExecutor commands, Environment environment) {
        this.files = files;
        this.commands = commands;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "sie-import";
    }

    @Override
    public String description() {
        return "record the utfall of a SIE 4 file (styrledger.sie.file; styrledger.sie.format=CSV for CSV)";
    }

    @Override
    public int run() throws Exception {
        String file = environment.getProperty("styrledger.sie.file");
        OutcomeSource format;
        try {
            format = OutcomeSource.valueOf(environment.getProperty("styrledger.sie.format", "SIE4"));
        } catch (IllegalArgumentException e) {
            log.error("styrledger.sie.format is SIE4 or CSV");
            return USAGE;
        }
        if (file == null || file.isBlank() || !Files.isReadable(Path.of(file)) || format == OutcomeSource.MANUAL) {
            log.error("Say which file to read: --styrledger.sie.file=utfall.se (a readable SIE 4 or CSV file)");
            return USAGE;
        }
        Path path = Path.of(file);
        try {
            RecordFinancialOutcomes command = files.read(format, path.getFileName().toString(),
                    Files.readAllBytes(path));
            CommandResult result = commands.recordAs(RECORDED_BY, UUID.randomUUID().toString(), command,
                    command.importId());
            log.info("Recorded {} utfall from {} at position {}", command.outcomes().size(), path,
                    result.position());
            return OK;
        } catch (LedgerException refused) {
            log.error("The file was refused and nothing was recorded: {}", refused.getMessage());
            return FAILED;
        }
    }
}
