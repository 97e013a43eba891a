package se.styrledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.platform.testing.TestDatabase;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first recording right comes from configuration, recorded as an event on the ledger's first start; a restart
 * records nothing new, even with another configuration, since later rights are granted by decision.
 */
class RecordingRightBootstrapTest {

    @Test
    void theFirstStartRecordsTheConfiguredRightForTheDemoAccountAndARestartRecordsNothingNewUnderR32() {
        Path data = TestDatabase.freshDirectory();
        String dataArg = "--styrledger.embedded-postgres.data-directory=" + data;
        try (RunningLedger ledger = RunningLedger.start(dataArg)) {
            assertThat(configured(ledger)).as("the embedded default's demo account, for the README's walkthrough")
                    .containsExactly("demo");
            ledger.api().post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201);
        }

        try (RunningLedger ledger = RunningLedger.start(dataArg,
                "--styrledger.recording-rights.bootstrap.accounts=someone-else")) {
            assertThat(configured(ledger)).as("a restart records nothing new").containsExactly("demo");
        }
    }

    private static List<String> configured(RunningLedger ledger) {
        return ledger.context.getBean(JdbcTemplate.class).queryForList(
                "SELECT CAST(convert_from(payload, 'UTF8') AS jsonb) -> 'grantee' ->> 'name' FROM domain_event_entry"
                        + " WHERE payload_type = ? ORDER BY global_index", String.class,
                RecordingRightConfigured.class.getName());
    }
}
