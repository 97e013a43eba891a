package se.styrledger.command.kolada;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.command.kolada.KoladaClient.KoladaException;
import se.styrledger.platform.task.LedgerTask;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code --styrledger.task=kolada-import [--styrledger.kolada.from-date=2024-01-01]}: one run of the Kolada import
 * for the configured KPIs, kommun and comparison set, then exit (0 done, 1 failed, 2 not configured).
 */
@Component
public class KoladaImportTask implements LedgerTask {

    private static final Logger log = LoggerFactory.getLogger(KoladaImportTask.class);

    private final KoladaImport koladaImport;
    private final KoladaProperties properties;
    private final Environment environment;

    public KoladaImportTask(KoladaImport koladaImport, KoladaProperties properties, Environment environment) {
        this.koladaImport = koladaImport;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "kolada-import";
    }

    @Override
    public String description() {
        return "import the configured Kolada KPIs for the kommun and its comparison set (styrledger.kolada.*)";
    }

    @Override
    public int run() {
        if (!properties.configured()) {
            log.error("Kolada is not configured: set styrledger.kolada.base-url, municipality-id, unit-id and kpis"
                    + " (docs/kolada.md)");
            return USAGE;
        }
        LocalDate fromDate;
        try {
            String from = environment.getProperty("styrledger.kolada.from-date");
            fromDate = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            log.error("styrledger.kolada.from-date must be a date, e.g. 2024-01-01");
            return USAGE;
        }
        try {
            KoladaImport.Outcome outcome = koladaImport.run(fromDate);
            log.info("Kolada import done: {}", outcome);
            return OK;
        } catch (KoladaException e) {
            log.error("Kolada import stopped: {}", e.getMessage());
            return FAILED;
        }
    }
}
