package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.query.checksum.ReadModelChecksum;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild of every read model from the event store, over HTTP, checked by checksums of the read tables. */
class RebuildEndToEndTest extends LedgerHttpTest {

    @Autowired
    private ReadModelChecksum checksum;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void aRebuildFromScratchGivesIdenticalReadTablesAndReportsItsRate() {
        long last = UnitHistories.recordVaried(api(), council());
        CaughtUp.await(api(), last);
        ReadModelChecksum.Checksums before = checksum.compute();
        assertThat(before.tables().get("unit_version").rows()).isPositive();

        long generation = Rebuilding.start(api());
        JsonNode done = Rebuilding.awaitEnd(api(), generation);

        assertThat(done.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("totalEvents").asLong()).isEqualTo(eventCount());
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(done.get("replayStartedAt").isNull()).isFalse();
        assertThat(checksum.compute()).isEqualTo(before);
        assertThat(api().get("/actuator/prometheus").expect(200).text())
                .contains("styrledger_rebuild_rate_events_per_second").contains("styrledger_rebuild_duration_seconds");
    }

    @Test
    void aChecksumChangesWhenAnyReadRowDoes() {
        long last = UnitHistories.recordVaried(api(), council());
        CaughtUp.await(api(), last);
        ReadModelChecksum.Checksums before = checksum.compute();

        ReadModelChecksum.Checksums tampered = new TransactionTemplate(transactionManager).execute(tx -> {
            jdbc.update("UPDATE unit_version SET recorded_to = recorded_to + interval '1 millisecond'"
                    + " WHERE ctid = (SELECT ctid FROM unit_version WHERE recorded_to IS NOT NULL LIMIT 1)");
            tx.setRollbackOnly();
            return checksum.compute();
        });

        assertThat(tampered.sha256()).isNotEqualTo(before.sha256());
        assertThat(tampered.tables().get("unit_version")).isNotEqualTo(before.tables().get("unit_version"));
        assertThat(checksum.compute()).isEqualTo(before);
    }

    @Test
    void theChecksumCoversTheReadTablesAndNeitherTheEventStoreNorTheCommandSide() {
        assertThat(checksum.readTables()).contains("unit_version")
                .doesNotContain("domain_event_entry", "token_entry", "cmd_unit", "idempotency_key",
                        "read_model_rebuild", "flyway_schema_history");
    }

    @Test
    void onlyAnAdministratorStartsOrFollowsARebuild() {
        api().anonymous().post("/api/v1/admin/rebuild", "").problem(401);
        api().anonymous().get("/api/v1/admin/rebuild").problem(401);
        assertThat(api().get("/api/v1/admin/rebuild").expect(200).body().get("serving").asBoolean()).isTrue();
    }
}
