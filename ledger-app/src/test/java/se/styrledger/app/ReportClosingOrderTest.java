package se.styrledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closing waits for the commands already in flight, and a command in flight that then reads the reports' status
 * must not deadlock with it. The command in flight is played on its own connection, taking the locks a value or an
 * assessment takes, in the order they take them.
 */
class ReportClosingOrderTest extends LedgerHttpTest {

    /** {@code WriteOrder}'s and {@code JdbcFollowUpDirectory}'s advisory lock classes. */
    private static final int WRITERS = 0x5752;
    private static final int REPORTS = 0x4655;

    @Autowired
    private DataSource dataSource;

    @Test
    void aClosingWaitsForACommandInFlightThatStillReadsTheReportsStatus() throws Exception {
        UUID report = UUID.fromString(api().post("/api/v1/follow-up-reports", """
                {"year": 2011, "kind": "INTERIM_1"}""").expect(201).body().get("id").asText());
        try (Connection inFlight = dataSource.getConnection()) {
            inFlight.setAutoCommit(false);
            lock(inFlight, "pg_advisory_xact_lock_shared", WRITERS);

            CompletableFuture<HttpApi.Answer> closing = CompletableFuture.supplyAsync(() ->
                    api().post("/api/v1/follow-up-reports/" + report + "/close", "application/json", ""));
            int polls = 0;
            while (!waitingFor(WRITERS)) {
                assertThat(closing).as("the closing waits for the command in flight").isNotDone();
                assertThat(++polls).as("the closing reaches the writers' lock").isLessThan(6_000);
                Thread.sleep(10);
            }
            lock(inFlight, "pg_advisory_xact_lock_shared", REPORTS);
            inFlight.commit();

            assertThat(closing.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    private static void lock(Connection connection, String function, int lockClass) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + lockClass + ", 0)");
        }
    }

    private boolean waitingFor(int lockClass) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND classid = " + lockClass + " AND objid = 0 AND NOT granted")) {
            waiting.next();
            return waiting.getInt(1) > 0;
        }
    }
}
