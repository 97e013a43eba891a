package se.styrledger.command.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTask;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --styrledger.task=migrate --styrledger.migration.files=mal.jsonl,utfall.csv
 * --styrledger.migration.source="Stratsys 2016–2025" [--styrledger.migration.dry-run=true]}: the same migration as
 * the administrator's endpoint, for files larger than a request takes; all files in one run, all or nothing. Recorded
 * as {@code task:migrate}; the log shows progress and every refused line.
 */
@Component
public class MigrationTask implements LedgerTask {

    static final String RECORDED_BY = "task:migrate";
    private static final Logger log = LoggerFactory.getLogger(MigrationTask.class);

    private final Migration migration;
    private final Environment environment;

    public MigrationTask(Migration migration, Environment environment) {
        this.migration = migration;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String description() {
        return "record a kommun's history from its earlier tool (styrledger.migration.files, .source, .dry-run)";
    }

    @Override
    public int run() throws IOException {
        String names = environment.getProperty("styrledger.migration.files", "");
        List<Path> paths = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
        if (paths.isEmpty() || !paths.stream().allMatch(Files::isReadable)) {
            log.error("Say which files to migrate: --styrledger.migration.files=mal.jsonl,utfall.csv (readable"
                    + " files; .csv is read as CSV, anything else as JSON Lines)");
            return USAGE;
        }
        String source = environment.getProperty("styrledger.migration.source", "").strip();
        if (source.isEmpty()) {
            log.error("Say where the history comes from: --styrledger.migration.source=\"Stratsys 2016–2025\"");
            return USAGE;
        }
        boolean dryRun = environment.getProperty("styrledger.migration.dry-run", Boolean.class, false);
        return migrate(paths, source, dryRun);
    }

    /** Runs the migration of the files, logs what it did and every refusal, and answers the exit status. */
    public int migrate(List<Path> paths, String source, boolean dryRun) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            List<Migration.SourceFile> files = new ArrayList<>();
            for (Path path : paths) {
                BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                readers.add(reader);
                files.add(new Migration.SourceFile(path.getFileName().toString(),
                        path.getFileName().toString().toLowerCase().endsWith(".csv") ? MigrationFile.Format.CSV
                                : MigrationFile.Format.JSON_LINES, reader));
            }
            Migration.Result result = migration.run(new Migration.Run(source, dryRun, null, RECORDED_BY), files);
            for (Migration.Refusal refusal : result.refusals()) {
                log.error("Refused: {} line {}{}{}: {}", refusal.file(), refusal.line(),
                        refusal.field() == null || refusal.field().isEmpty() ? "" : ", field " + refusal.field(),
                        refusal.rule() == null ? "" : ", rule " + refusal.rule(), refusal.detail());
            }
            if (result.refusedAny()) {
                log.error("Migration {} refused {} lines; nothing was recorded", result.runId(), result.refused());
                return FAILED;
            }
            return OK;
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
    }
}
