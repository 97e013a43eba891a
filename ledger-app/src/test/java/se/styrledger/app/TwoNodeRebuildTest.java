package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrledger.query.checksum.ReadModelChecksum;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query nodes on one PostgreSQL: this test's shared ledger and a query-only node started beside it. A rebuild
 * asked of either is carried out by both, and neither gives a half-built answer meanwhile.
 */
class TwoNodeRebuildTest extends LedgerHttpTest {

    /** bcrypt of "s3cret-test": a node on an external database refuses the demo password. */
    private static final String HASH = "$2a$10$TBGFL7wTdUhZAdUSwSXh7ekXKbRKi4KlJGnKfCiDJUfsLEHT9qtkq";

    @Autowired
    private EmbeddedPostgres postgres;

    @Autowired
    private ReadModelChecksum checksum;

    private RunningLedger queryNode() {
        return RunningLedger.start("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--styrledger.command-side.enabled=false",
                "--styrledger.rebuild.poll-interval=100ms", "--styrledger.projections.node-id=second-query-node",
                "--styrledger.security.users[0].username=drift", "--styrledger.security.users[0].password-hash=" + HASH,
                "--styrledger.security.users[0].roles[0]=ADMIN");
    }

    @Test
    void everyNodeAnswers503WhileTheReadModelsAreRebuiltAndServesTheRebuiltTablesAfterwards() throws SQLException {
        long last = UnitHistories.recordVaried(api(), council());
        CaughtUp.await(api(), last);
        ReadModelChecksum.Checksums before = checksum.compute();

        try (RunningLedger second = queryNode()) {
            HttpApi node2 = second.api().as("drift", "s3cret-test");
            CaughtUp.await(node2, last);

            long generation;
            try (Connection hold = jdbc.getDataSource().getConnection()) {
                // Holding every token row keeps the nodes' projections from letting go, so the rebuild waits in
                // STOPPING for as long as this test looks.
                hold.setAutoCommit(false);
                try (Statement lock = hold.createStatement()) {
                    lock.execute("SELECT * FROM token_entry FOR UPDATE");
                }
                generation = Rebuilding.start(node2);

                JsonNode problem = api().get("/api/v1/units").problem(503);
                assertThat(api().get("/api/v1/units").header("Retry-After")).isNotBlank();
                assertThat(problem.get("detail").asText()).contains("byggas om");
                node2.get("/api/v1/units?asOf=2020-01-01").problem(503);
                node2.post("/api/v1/admin/rebuild", "").problem(409);
                assertThat(api().get("/api/v1/admin/rebuild").expect(200).body().get("state").asText())
                        .isEqualTo("STOPPING");
                hold.rollback();
            }

            JsonNode done = Rebuilding.awaitEnd(api(), generation);
            assertThat(done.get("outcome").asText()).isEqualTo("COMPLETED");
            assertThat(done.get("requestedBy").asText()).isEqualTo("drift");
            CaughtUp.await(node2, last);
            CaughtUp.await(api(), last);
            assertThat(checksum.compute()).isEqualTo(before);
        }
    }
}
