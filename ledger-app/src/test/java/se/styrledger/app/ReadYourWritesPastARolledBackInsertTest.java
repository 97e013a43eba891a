package se.styrledger.app;

import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * A refused command can roll back after PostgreSQL handed out a {@code global_index}, leaving a hole the event store
 * waits on for a minute. Reads with {@code minPosition} above the hole must not wait for it.
 */
class ReadYourWritesPastARolledBackInsertTest extends LedgerHttpTest {

    @Test
    void aReadWaitsOnlyForEventsThatExistNotForAHoleLeftByARolledBackInsert() {
        UUID council = council();
        UUID committee = UUID.randomUUID();
        String establish = """
                {"unitId": "%s", "name": "Valnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}
                """.formatted(committee, council, decision(council, "2019-06-17"));
        api().post("/api/v1/units", establish).expect(201);
        api().post("/api/v1/units", establish).problem(409);

        long position = api().post("/api/v1/units/" + committee + "/rename", """
                {"name": "Val- och folkomröstningsnämnden", "decision": %s}""".formatted(
                decision(council, "2020-01-13"))).expect(200).body().get("position").asLong();

        api().get("/api/v1/units/" + committee + "?minPosition=" + position).expect(200);
    }
}
