package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.command.importing.EventImport;
import se.styrledger.platform.task.LedgerTask;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.query.checksum.ReadModelChecksum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ledger's export replays into a fresh ledger whose event store and read models equal the original's. */
class ExportImportTest extends LedgerHttpTest {

    @Autowired
    private ReadModelChecksum checksum;

    @Autowired
    private EventImport eventImport;

    @Test
    void theExportOfALedgerReplaysIntoAFreshLedgerWithEqualReadModels(@TempDir Path files)
            throws IOException, InterruptedException {
        UUID council = council();
        long head = UnitHistories.recordVaried(api(), council);
        CaughtUp.await(api(), head);
        ReadModelChecksum.Checksums original = checksum.compute();
        // Each line carries its seal records; the copy seals the same events into the same tree.
        awaitSealed(jdbc);
        String export = api().get("/api/v1/events").expect(200).text();
        Path full = Files.writeString(files.resolve("ledger.jsonl"), export);
        Path open = Files.writeString(files.resolve("open.jsonl"), api().anonymous().get("/api/v1/events").text());
        Path data = TestDatabase.freshDirectory();
        String dataDirectory = "--styrledger.embedded-postgres.data-directory=" + data;

        try (RunningLedger task = RunningLedger.start(dataDirectory, "--styrledger.task=import",
                "--styrledger.import.file=" + open)) {
            assertThat(task.context).as("a task node serves no HTTP").isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(SpringApplication.exit(task.context)).as("an open export lacks who recorded each event")
                    .isEqualTo(LedgerTask.FAILED);
        }

        // The copy must stay empty for the import: it records no configured right on its first start; the
        // imported events bring the original's rights. The import keeps original positions and times, which only the
        // owner may write (V85): the task connects as the owner, and the running ledger's own role is refused.
        String noBootstrap = "--styrledger.recording-rights.bootstrap.enabled=false";
        try (RunningLedger copy = RunningLedger.start(dataDirectory, noBootstrap);
             BufferedReader lines = Files.newBufferedReader(full)) {
            assertThatThrownBy(() -> copy.context.getBean(EventImport.class).importFrom(lines))
                    .as("the application role may not backdate").hasStackTraceContaining("only the owner may");
        }
        try (RunningLedger task = RunningLedger.start(dataDirectory, noBootstrap, "--styrledger.task=import",
                "--styrledger.import.file=" + full)) {
            JdbcTemplate taskJdbc = task.context.getBean(JdbcTemplate.class);
            assertThat(taskJdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                    .as("the refused imports left nothing, the owner's imported all").isEqualTo(eventCount());
            assertThat(taskJdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class))
                    .isEqualTo(head);
            assertThat(SpringApplication.exit(task.context)).isEqualTo(LedgerTask.OK);
        }

        try (RunningLedger copy = RunningLedger.start(dataDirectory, noBootstrap)) {
            JdbcTemplate copyJdbc = copy.context.getBean(JdbcTemplate.class);
            JsonNode rebuilt = Rebuilding.awaitEnd(copy.api(), Rebuilding.start(copy.api()));
            assertThat(rebuilt.get("outcome").asText()).isEqualTo("COMPLETED");
            assertThat(copy.context.getBean(ReadModelChecksum.class).compute()).isEqualTo(original);
            awaitSealed(copyJdbc);
            assertThat(copy.api().get("/api/v1/events").expect(200).text())
                    .as("same positions, identifiers, times, payloads and metadata").isEqualTo(export);

            JsonNode next = copy.api().post("/api/v1/units", """
                    {"name": "Överförmyndarnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                    """.formatted(council, decision(council, "2023-01-10"))).expect(201).body();
            assertThat(next.get("position").asLong()).as("the command side knows the imported units, and new"
                    + " events follow the imported ones").isGreaterThan(head);
        }
    }

    @Test
    void anImportGoesOnlyIntoAnEmptyEventStore() {
        council();
        long before = eventCount();
        String line = api().get("/api/v1/events?toPosition=1").expect(200).text();

        assertThatThrownBy(() -> eventImport.importFrom(new BufferedReader(new StringReader(line))))
                .isInstanceOf(EventImport.ImportRefused.class).hasMessageContaining("not empty");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static void awaitSealed(JdbcTemplate jdbc) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index >"
                + " (SELECT coalesce(max(global_index), 0) FROM ledger_leaf)", Long.class) > 0) {
            assertThat(System.currentTimeMillis()).as("sealed within a minute").isLessThan(giveUp);
            Thread.sleep(50);
        }
    }
}
