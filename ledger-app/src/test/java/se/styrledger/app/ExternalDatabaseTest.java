package se.styrledger.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.testing.TestDatabase;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With spring.datasource.* set, the ledger uses that PostgreSQL and starts none of its own. A separately started
 * PostgreSQL server stands in for the kommun's database.
 */
class ExternalDatabaseTest {

    /** bcrypt of "s3cret-test". */
    private static final String HASH = "$2a$10$TBGFL7wTdUhZAdUSwSXh7ekXKbRKi4KlJGnKfCiDJUfsLEHT9qtkq";

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startExternalDatabase() {
        external = TestDatabase.start(TestDatabase.freshDirectory());
    }

    @AfterAll
    static void stopExternalDatabase() throws IOException {
        external.close();
    }

    private String url() {
        return "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres");
    }

    @Test
    void theConfiguredDatabaseIsUsedAndNoEmbeddedOneStarts() {
        try (RunningLedger ledger = RunningLedger.start(url(), "--spring.datasource.username=postgres",
                "--styrledger.security.users[0].username=registrator",
                "--styrledger.security.users[0].password-hash=" + HASH,
                "--styrledger.security.users[0].roles[0]=RECORDER",
                "--styrledger.recording-rights.bootstrap.accounts=registrator")) {
            assertThat(ledger.context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(ledger.context.getBean(JdbcTemplate.class).queryForObject("SHOW plan_cache_mode", String.class))
                    .isEqualTo("force_custom_plan");

            String id = ledger.api().as("registrator", "s3cret-test").post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body().get("id").asText();

            Integer stored = new JdbcTemplate(external.getPostgresDatabase()).queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, id);
            assertThat(stored).isEqualTo(1);
        }
    }

    @Test
    void aCommandNodeAndAQueryNodeEachRunAloneAgainstTheSameDatabase() {
        String[] common = {url(), "--spring.datasource.username=postgres",
                "--styrledger.security.users[0].username=registrator",
                "--styrledger.security.users[0].password-hash=" + HASH,
                "--styrledger.security.users[0].roles[0]=RECORDER",
                "--styrledger.recording-rights.bootstrap.accounts=registrator"};
        try (RunningLedger commands = RunningLedger.start(with(common, "--styrledger.query-side.enabled=false"));
             RunningLedger queries = RunningLedger.start(with(common, "--styrledger.command-side.enabled=false"))) {
            var created = commands.api().as("registrator", "s3cret-test").post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body();

            assertThat(commands.api().anonymous().get("/api/v1/units").status()).as("the command node serves no queries")
                    .isIn(404, 405);
            assertThat(queries.api().as("registrator", "s3cret-test").post("/api/v1/units", "{}").status())
                    .as("the query node takes no commands").isIn(404, 405);
            var unit = queries.api().anonymous().get("/api/v1/units/" + created.get("id").asText() + "?minPosition="
                    + created.get("position").asLong()).expect(200).body();
            assertThat(unit.get("name").asText()).isEqualTo("Kommunfullmäktige");
        }
    }

    private static String[] with(String[] common, String extra) {
        String[] all = java.util.Arrays.copyOf(common, common.length + 1);
        all[common.length] = extra;
        return all;
    }

    @Test
    void theDemoPasswordIsRefusedOutsideTheEmbeddedDefault() {
        assertThatThrownBy(() -> RunningLedger.start(url(), "--spring.datasource.username=postgres").close())
                .hasStackTraceContaining("demo password");
    }
}
