package se.styrledger.app;

import org.junit.jupiter.api.Test;
import se.styrledger.platform.testing.TestDatabase;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps every event on disk: a stop and start on the same data directory loses nothing. */
class RestartTest {

    @Test
    void whatWasRecordedBeforeARestartIsThereAfterIt() {
        Path data = TestDatabase.freshDirectory();
        String dataArg = "--styrledger.embedded-postgres.data-directory=" + data;
        String unitId;
        long position;
        try (RunningLedger ledger = RunningLedger.start(dataArg)) {
            var created = ledger.api().post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body();
            unitId = created.get("id").asText();
            position = created.get("position").asLong();
        }

        try (RunningLedger ledger = RunningLedger.start(dataArg)) {
            var unit = ledger.api().get("/api/v1/units/" + unitId + "?minPosition=" + position).expect(200).body();
            assertThat(unit.get("name").asText()).isEqualTo("Kommunfullmäktige");
            var next = ledger.api().post("/api/v1/units", """
                    {"name": "Kommunstyrelsen", "kind": "EXECUTIVE_BOARD", "parentId": "%s",
                     "decision": {"decidedBy": "%s", "decidedOn": "2014-10-15", "paragraph": "§ 2", "caseNumber": "KS 2014/0002"}}
                    """.formatted(unitId, unitId)).expect(201).body();
            assertThat(next.get("position").asLong()).as("positions continue after the restart").isGreaterThan(position);
        }
    }
}
