package se.styrledger.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.platform.testing.TestDatabase;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V170's {@code styrledger_make_bitemporal} gives a new table what V15 wrote out by hand for {@code vision_version}:
 * the same bitemporal columns and the same indexes, and the running ledger's role may write it like any read table.
 * Each case runs in a transaction that is rolled back, so the shared test database keeps no table of its own.
 */
class BitemporalTableTest {

    private static final List<String> BITEMPORAL = List.of("valid_from", "valid_to", "recorded_from", "recorded_to",
            "recorded_position", "version_key");

    private final DataSource dataSource = TestDatabase.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final TransactionTemplate transaction = new TransactionTemplate(
            new DataSourceTransactionManager(dataSource));

    @Test
    void aTableMadeBitemporalHasTheColumnsAndIndexesOfAnExistingOne() {
        inRolledBackTransaction(() -> {
            jdbc.execute("CREATE TABLE made_version (made_id UUID NOT NULL, text TEXT NOT NULL)");
            jdbc.queryForList("SELECT styrledger_make_bitemporal('made_version', 'made_id')");

            assertThat(columns("made_version")).isEqualTo(columns("vision_version"));
            assertThat(indexes("made_version", "made_id")).isEqualTo(indexes("vision_version", "vision_id"))
                    .hasSize(3);
        });
    }

    @Test
    void theApplicationRoleWritesAndReadsSuchATableButMayNotMakeOne() {
        inRolledBackTransaction(() -> {
            jdbc.execute("CREATE TABLE made_version (made_id UUID NOT NULL, text TEXT NOT NULL)");
            jdbc.queryForList("SELECT styrledger_make_bitemporal('made_version', 'made_id')");
            jdbc.execute("SET LOCAL ROLE styrledger_app");

            assertThat(jdbc.update("INSERT INTO made_version (made_id, text, valid_from, recorded_from,"
                    + " recorded_position, version_key) VALUES ('7d1f5a4e-0000-4000-8000-000000000170', 'a', DATE '2024-01-01', now(), 1,"
                    + " 'k')")).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM made_version WHERE recorded_to IS NULL",
                    Integer.class)).isEqualTo(1);
            assertThatThrownBy(() -> jdbc.queryForList("SELECT styrledger_make_bitemporal('made_version', 'made_id')"))
                    .rootCause().hasMessageContaining("permission denied for function styrledger_make_bitemporal");
        });
    }

    /** The bitemporal columns' definitions, in order. */
    private List<Map<String, Object>> columns(String table) {
        return jdbc.queryForList("SELECT column_name, data_type, is_nullable, character_maximum_length"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                + " AND column_name = ANY (?) ORDER BY array_position(?, column_name::text)", table,
                BITEMPORAL.toArray(String[]::new), BITEMPORAL.toArray(String[]::new));
    }

    /** The table's index definitions, with its own name and id column taken out so two tables compare. */
    private List<String> indexes(String table, String idColumn) {
        return jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ?"
                        + " ORDER BY indexname", String.class, table).stream()
                .map(definition -> definition.replace(table, "<table>").replace(idColumn, "<id>"))
                .toList();
    }

    private void inRolledBackTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> {
            try {
                work.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
