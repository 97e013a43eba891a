package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.query.checksum.ReadModelChecksum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One command node and two query nodes on one PostgreSQL, as docs/scaling.md describes. Query node A (its own
 * process) takes the projection work; it is killed hard (SIGKILL, its claims never released) in the middle of it;
 * query node B claims every segment once A's claims time out and goes on from A's last committed position. Nothing is
 * skipped or applied twice: B's read tables equal a full replay of the same events.
 */
class ScaleOutTest {

    /** bcrypt of "s3cret-test": nodes on an external database refuse the demo password. */
    private static final String HASH = "$2a$10$TBGFL7wTdUhZAdUSwSXh7ekXKbRKi4KlJGnKfCiDJUfsLEHT9qtkq";

    @Test
    void aSecondQueryNodeTakesOverTheProjectionsOfAKilledOneWithNothingSkipped() throws Exception {
        EmbeddedPostgres postgres = TestDatabase.start(TestDatabase.freshDirectory());
        try (RunningLedger command = RunningLedger.start(node(postgres, "command", "--styrledger.query-side.enabled=false"));
             LedgerProcess queryA = LedgerProcess.start("scale-out-query-a", node(postgres, "query-a",
                     "--styrledger.command-side.enabled=false"));
             RunningLedger queryB = RunningLedger.start(node(postgres, "query-b",
                     "--styrledger.command-side.enabled=false"))) {
            HttpApi writes = command.api().as("drift", "s3cret-test");
            HttpApi readsB = queryB.api().as("drift", "s3cret-test");
            JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());

            UUID council = UUID.fromString(writes.post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body().get("id").asText());
            long first = UnitHistories.recordVaried(writes, council);
            CaughtUp.await(readsB, first);
            assertThat(owners(db)).as("A started first and claimed the work").contains("query-a");

            queryA.kill();
            List<Long> positions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                positions.add(UnitHistories.recordVaried(writes, council));
            }
            long last = positions.get(positions.size() - 1);
            CaughtUp.await(readsB, last);

            assertThat(owners(db)).as("B holds every segment now").containsOnly("query-b");
            Map<String, JsonNode> projections = Completeness.awaitComplete(readsB);
            projections.forEach((name, details) -> assertThat(details.get("lag").asLong()).as(name).isZero());
            ReadModelChecksum checksum = queryB.context.getBean(ReadModelChecksum.class);
            ReadModelChecksum.Checksums afterTakeOver = checksum.compute();

            readsB.as("drift", "s3cret-test");
            JsonNode rebuilt = Rebuilding.awaitEnd(readsB, Rebuilding.start(readsB));
            assertThat(rebuilt.get("outcome").asText()).isEqualTo("COMPLETED");
            assertThat(checksum.compute()).as("the take-over left the same tables as a full replay")
                    .isEqualTo(afterTakeOver);
        } finally {
            postgres.close();
        }
    }

    private static List<String> owners(JdbcTemplate db) {
        return db.queryForList("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL", String.class);
    }

    private static String[] node(EmbeddedPostgres postgres, String nodeId, String side) {
        return new String[]{"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", side, "--styrledger.projections.node-id=" + nodeId,
                "--styrledger.projections.segments=2", "--axon.eventhandling.tokenstore.claim-timeout=3s",
                "--styrledger.rebuild.poll-interval=100ms",
                "--styrledger.security.users[0].username=drift", "--styrledger.security.users[0].password-hash=" + HASH,
                "--styrledger.security.users[0].roles=RECORDER,ADMIN",
                // On an external database nobody gets the first recording right unless configured.
                "--styrledger.recording-rights.bootstrap.accounts=drift"};
    }
}
