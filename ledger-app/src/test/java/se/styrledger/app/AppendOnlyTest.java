package se.styrledger.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R-30 at the database: the role the ledger connects as has no UPDATE, DELETE or TRUNCATE on the event table, and
 * even the owner, who has them, is stopped by the table's trigger.
 */
class AppendOnlyTest extends LedgerHttpTest {

    @Autowired
    private EmbeddedPostgres postgres;

    private static final List<String> CHANGES = List.of(
            "UPDATE domain_event_entry SET payload_type = 'forged' WHERE aggregate_identifier = '%s'",
            "DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s'",
            "TRUNCATE domain_event_entry");

    @Test
    void theLedgerConnectsAsAnApplicationRoleThatIsNoSuperuser() {
        Map<String, Object> role = jdbc.queryForMap(
                "SELECT current_user AS name, rolsuper FROM pg_roles WHERE rolname = current_user");
        assertThat(role.get("name")).isEqualTo("styrledger_app");
        assertThat(role.get("rolsuper")).isEqualTo(false);
    }

    @Test
    void theApplicationRoleMayNeitherUpdateNorDeleteEventsUnderR30() {
        UUID council = council();
        String before = events(jdbc, council);

        for (String change : CHANGES) {
            assertThatThrownBy(() -> jdbc.execute(change.formatted(council)))
                    .as(change).rootCause().isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        assertThat(events(jdbc, council)).isEqualTo(before);
    }

    @Test
    void theOwnerIsStoppedByTheTriggerUnderR30() {
        UUID council = council();
        JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(owner.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .as("the owner could change the table, were it not for the trigger").isTrue();
        String before = events(owner, council);

        for (String change : CHANGES) {
            assertThatThrownBy(() -> owner.execute(change.formatted(council)))
                    .as(change).rootCause().isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only (R-30)");
        }
        assertThat(events(owner, council)).isEqualTo(before);
    }

    @Test
    void theApplicationRoleStillWritesWhatItMust() {
        assertThat(jdbc.queryForList("""
                SELECT table_name || ':' || privilege_type FROM information_schema.role_table_grants
                WHERE grantee = 'styrledger_app' AND table_name IN ('domain_event_entry', 'token_entry')
                """, String.class))
                .contains("domain_event_entry:SELECT", "domain_event_entry:INSERT", "token_entry:UPDATE",
                        "token_entry:DELETE")
                .doesNotContain("domain_event_entry:UPDATE", "domain_event_entry:DELETE",
                        "domain_event_entry:TRUNCATE");
    }

    private static String events(JdbcTemplate jdbc, UUID aggregate) {
        return jdbc.queryForList("SELECT global_index || ':' || payload_type || ':' || md5(payload) FROM"
                + " domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index", String.class,
                aggregate.toString()).toString() + jdbc.queryForObject("SELECT count(*) FROM domain_event_entry",
                Long.class);
    }
}
