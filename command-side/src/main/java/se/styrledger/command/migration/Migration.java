package se.styrledger.command.migration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.command.support.LedgerMetadata;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.WriteOrder;
import se.styrledger.platform.web.LedgerException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records a kommun's history from its earlier tool, each line of the files as the same command, under the same rules,
 * as the API records it (ADR 0160). All or nothing: the whole run is one transaction that holds the order of writers,
 * each line in a savepoint, so a refused line is listed (line, field, rule) and checking goes on, and at the end a run
 * with any refusal, or a dry run, is rolled back. A line recorded before, by any run, is passed over, so a rerun
 * records nothing new. Every migrated event carries the run, its source and its line in its metadata.
 */
@Component
public class Migration {

    /** More refusals than this are counted, not listed: a wholly wrong file need not be echoed back line by line. */
    static final int MAX_LISTED_REFUSALS = 1_000;
    private static final int PROGRESS_EVERY = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Migration.class);

    private final CommandExecutor commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    public Migration(CommandExecutor commands, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                     ObjectMapper json) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        // A flag left out (imposedByCouncil) is false, as the API's requests read it; an unknown field is refused.
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .registerModule(new SimpleModule("migration-ids").addDeserializer(UUID.class,
                        new MigrationRefs.IdOrName()));
    }

    /** One file of a run: its name (for the provenance and the refusals), its layout and its text. */
    public record SourceFile(String name, MigrationFile.Format format, BufferedReader text) {
    }

    /**
     * Who runs it: {@code recorder} is checked for recording rights like a request's sender (null for an operator's
     * task, which is not), and recorded as {@code recordedBy}.
     */
    public record Run(String source, boolean dryRun, Authentication recorder, String recordedBy) {
    }

    public enum Outcome {
        /** Recorded by this run. */
        RECORDED,
        /** A dry run: would be recorded. */
        WOULD_RECORD,
        /** The same line was recorded before (by an earlier run, or earlier in this one): nothing new. */
        ALREADY_RECORDED
    }

    public record Line(String file, long line, String command, UUID id, Outcome outcome, Long position) {
    }

    public record Refusal(String file, long line, String command, String field, String rule, String detail) {
    }

    /**
     * What a run did, or would do: every line's outcome and every refusal (at most {@link #MAX_LISTED_REFUSALS}
     * listed; {@code refused} counts them all). Nothing was recorded unless {@link #recorded()} is above zero.
     */
    public record Result(UUID runId, String source, boolean dryRun, long lines, long recorded, long wouldRecord,
                         long alreadyRecorded, long refused, List<Line> results, List<Refusal> refusals) {

        public boolean refusedAny() {
            return refused > 0;
        }
    }

    public Result run(Run run, List<SourceFile> files) {
        UUID runId = UUID.randomUUID();
        log.info("Migration {} from '{}' starts{}: {}", runId, run.source(), run.dryRun() ? " (dry run)" : "",
                files.stream().map(SourceFile::name).collect(Collectors.joining(", ")));
        Progress progress = new Progress(runId, run);
        transaction.executeWithoutResult(tx -> {
            // One transaction that reads the files as it goes: the guard against forgotten transactions
            // (idle_in_transaction_session_timeout) must not cut it off.
            jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            // No other command commits while the run holds the order: the run's events, whenever it commits, follow
            // everything recorded before it and precede everything after, so no reader meets a gap that fills late.
            WriteOrder.waitForAllWriters(jdbc);
            for (SourceFile file : files) {
                String source = files.size() == 1 ? run.source() : run.source() + " / " + file.name();
                MigrationFile.read(file.format(), file.text(), json,
                        entry -> progress.add(line(run, runId, source, file.name(), entry, progress)));
            }
            if (progress.refused > 0 || run.dryRun()) {
                tx.setRollbackOnly();
            }
        });
        Result result = progress.result();
        log.info("Migration {} from '{}' ends{}: {} lines, {} recorded, {} would be, {} already recorded, {} refused{}",
                runId, run.source(), run.dryRun() ? " (dry run)" : "", result.lines(), result.recorded(),
                result.wouldRecord(), result.alreadyRecorded(), result.refused(),
                result.refusedAny() || run.dryRun() ? "; nothing was recorded" : "");
        return result;
    }

    private Object line(Run run, UUID runId, String source, String file, MigrationFile.Entry entry,
                        Progress progress) {
        if (entry.command() == null) {
            return new Refusal(file, entry.line(), null, entry.field(), null, entry.problem());
        }
        ObjectNode node = entry.command();
        String name = node.path("command").asText(null);
        MigrationCommands.Kind kind = MigrationCommands.named(name).orElse(null);
        if (kind == null) {
            return new Refusal(file, entry.line(), name, "command", null, name == null || name.isBlank()
                    ? "Raden saknar command." : "Kommandot '" + abbreviate(name) + "' finns inte; se docs/migrering.md.");
        }
        String key = key(node);
        if (!progress.keys.add(key)) {
            return new Line(file, entry.line(), kind.name(), null, Outcome.ALREADY_RECORDED, null);
        }
        List<String> earlier = jdbc.queryForList("SELECT aggregate_id FROM cmd_migrated_line WHERE line_key = ?",
                String.class, key);
        if (!earlier.isEmpty()) {
            return new Line(file, entry.line(), kind.name(), UUID.fromString(earlier.get(0)),
                    Outcome.ALREADY_RECORDED, null);
        }
        ObjectNode fields = node.deepCopy();
        fields.remove("command");
        if (kind.creates() && (!fields.hasNonNull(kind.idField()))) {
            fields.put(kind.idField(), MigrationRefs.idOfLine(key).toString());
        }
        RecordsForUnits command;
        try {
            command = reader(kind).readValue(fields);
        } catch (JsonMappingException e) {
            return new Refusal(file, entry.line(), kind.name(), path(e), null,
                    "Fältet har fel form: " + MigrationFile.shortly(e.getOriginalMessage()));
        } catch (IOException e) {
            return new Refusal(file, entry.line(), kind.name(), "", null, MigrationFile.shortly(e.getMessage()));
        }
        UUID id = kind.idOf(command);
        try {
            CommandResult recorded = commands.recordMigrated(run.recorder(), run.recordedBy(), runId.toString(),
                    command, id, Map.of(LedgerMetadata.MIGRATION_RUN, runId.toString(),
                            LedgerMetadata.MIGRATION_SOURCE, source,
                            LedgerMetadata.MIGRATION_LINE, Long.toString(entry.line()),
                            LedgerMetadata.MIGRATION_KEY, key));
            return new Line(file, entry.line(), kind.name(), id, run.dryRun() ? Outcome.WOULD_RECORD
                    : Outcome.RECORDED, run.dryRun() ? null : recorded.position());
        } catch (RuntimeException e) {
            return refusal(file, entry.line(), kind, id, e);
        }
    }

    private ObjectReader reader(MigrationCommands.Kind kind) {
        return json.readerFor(kind.type());
    }

    /** The refusal as the API would answer it: the rule and field of a ledger refusal, else what Axon found. */
    private static Refusal refusal(String file, long line, MigrationCommands.Kind kind, UUID id, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LedgerException refused) {
                return new Refusal(file, line, kind.name(), refused.field(), refused.rule(), refused.getMessage());
            }
            if (t instanceof AggregateNotFoundException) {
                return new Refusal(file, line, kind.name(), kind.idField(), null,
                        "Det finns inget med id " + id + " att ändra.");
            }
            if (t instanceof AggregateStreamCreationException || t instanceof ConcurrencyException
                    || t instanceof DuplicateKeyException) {
                return new Refusal(file, line, kind.name(), kind.idField(), null,
                        "Det finns redan något registrerat med id " + id + ".");
            }
        }
        log.warn("Migration line {} ({}) failed unexpectedly", line, kind.name(), e);
        return new Refusal(file, line, kind.name(), "", null,
                "Raden kunde inte registreras (" + e.getClass().getSimpleName() + "); felet är loggat.");
    }

    /** The line's identity: its command as JSON, so the same command from JSON Lines or CSV is the same line. */
    private static String key(ObjectNode node) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(node.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** The run's tally as it goes, logged every {@link #PROGRESS_EVERY} lines. */
    private static final class Progress {
        final UUID runId;
        final Run run;
        final Set<String> keys = new HashSet<>();
        final List<Line> lines = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();
        long read;
        long recorded;
        long already;
        long refused;

        Progress(UUID runId, Run run) {
            this.runId = runId;
            this.run = run;
        }

        void add(Object outcome) {
            read++;
            if (outcome instanceof Refusal refusal) {
                refused++;
                if (refusals.size() < MAX_LISTED_REFUSALS) {
                    refusals.add(refusal);
                }
            } else if (outcome instanceof Line line) {
                lines.add(line);
                if (line.outcome() == Outcome.ALREADY_RECORDED) {
                    already++;
                } else {
                    recorded++;
                }
            }
            if (read % PROGRESS_EVERY == 0) {
                log.info("Migration {}: {} lines read, {} {}, {} already recorded, {} refused", runId, read, recorded,
                        run.dryRun() ? "would be recorded" : "recorded", already, refused);
            }
        }

        /** A run that was rolled back recorded nothing: its lines say what it would have recorded. */
        Result result() {
            boolean kept = refused == 0 && !run.dryRun();
            List<Line> outcomes = kept ? List.copyOf(lines) : lines.stream().map(line -> line.outcome()
                    == Outcome.RECORDED || line.outcome() == Outcome.WOULD_RECORD ? new Line(line.file(), line.line(),
                    line.command(), line.id(), Outcome.WOULD_RECORD, null) : line).toList();
            return new Result(runId, run.source(), run.dryRun(), read, kept ? recorded : 0, kept ? 0 : recorded,
                    already, refused, outcomes, List.copyOf(refusals));
        }
    }
}
