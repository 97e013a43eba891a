package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows a rebuild through the admin endpoint until the read models are complete again. */
final class Rebuilding {

    /** A guard against a hung test, not a measurement: a rebuild of the test ledger takes well under a second. */
    private static final long GIVE_UP_MILLIS = 120_000;
    private static final long POLL_MILLIS = 50;

    private Rebuilding() {
    }

    static long start(HttpApi api) {
        return api.post("/api/v1/admin/rebuild", "").expect(202).body().get("generation").asLong();
    }

    static JsonNode awaitEnd(HttpApi api, long generation) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (true) {
            JsonNode status = api.get("/api/v1/admin/rebuild").expect(200).body();
            if (status.get("generation").asLong() == generation && status.get("serving").asBoolean()) {
                return status;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("Rebuild " + generation + " did not end: " + status);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
