package se.styrledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review finding 3, tried as the application role itself (the ledger's own data source, styrledger_app, no
 * superuser): it may not write Axon's snapshots, nor append an event with a time stamp other than now, a position of
 * its own choosing, or without who recorded it, nor move the position sequence. Each attempt runs in a transaction
 * that is rolled back, so nothing reaches the shared ledger even if a guard were missing. ExportImportTest proves the
 * owner still imports with original positions and times.
 */
class ApplicationRoleTest extends LedgerHttpTest {

    private static final String APPEND = "INSERT INTO domain_event_entry (%s event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload, meta_data) VALUES (%s '%s', 'forged', 0,"
            + " 'Forged', '%s', 'se.styrledger.Forged', '\\x7b7d'::bytea, convert_to('%s', 'UTF8'))";
    private static final String WHO = "{\"recordedBy\":\"demo\"}";

    @Autowired
    private DataSource ledgerConnections;

    @Test
    void theApplicationRoleMayNotWriteSnapshots() {
        assertRefused("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                + " time_stamp, payload_type, payload) VALUES ('report', 9, 'FollowUpReport', 'forged-snapshot', '"
                + Instant.now() + "', 'se.styrledger.Forged', '\\x7b7d'::bytea)", "permission denied");
        assertRefused("DELETE FROM snapshot_event_entry", "permission denied");
    }

    @Test
    void theApplicationRoleMayNotBackdateAnEvent() {
        assertRefused(append(null, Instant.parse("2019-03-01T10:00:00Z"), WHO), "another time than now");
        assertRefused(append(null, Instant.now().plus(1, ChronoUnit.HOURS), WHO), "another time than now");
    }

    @Test
    void theApplicationRoleMayNotChooseAnEventsPosition() {
        long last = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        assertRefused(append(last + 1_000, Instant.now(), WHO), "only the owner may choose");
        assertRefused("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), 1)",
                "permission denied");
    }

    @Test
    void theApplicationRoleMustNameWhoRecordedAnEvent() {
        assertRefused(append(null, Instant.now(), "{}"), "who recorded it (R-31)");
    }

    @Test
    void anEventStampedNowAtTheNextPositionIsAppended() throws SQLException {
        try (Connection connection = ledgerConnections.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate(append(null, Instant.now(), WHO))).isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static String append(Long position, Instant at, String metadata) {
        return APPEND.formatted(position == null ? "" : "global_index,", position == null ? "" : position + ",",
                "forged-" + System.nanoTime(), at, metadata);
    }

    private void assertRefused(String sql, String because) {
        assertThatThrownBy(() -> {
            try (Connection connection = ledgerConnections.getConnection()) {
                assertThat(connection.getMetaData().getUserName()).isEqualTo("styrledger_app");
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } finally {
                    connection.rollback();
                }
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(because);
    }
}
