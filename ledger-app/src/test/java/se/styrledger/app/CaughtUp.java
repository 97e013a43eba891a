package se.styrledger.app;

/**
 * Waits until a node's projections have processed a position, asking again while it answers 503. A single
 * {@code minPosition} wait is bounded (2 s in tests), which a busy build machine can exceed after a burst of
 * commands; this keeps such tests about what they check, not about the machine's speed.
 */
public final class CaughtUp {

    /** A guard against a hung test, not a measurement. */
    private static final long GIVE_UP_MILLIS = 120_000;

    private CaughtUp() {
    }

    public static void await(HttpApi api, long position) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (true) {
            HttpApi.Answer answer = api.get("/api/v1/units?minPosition=" + position);
            if (answer.status() != 503) {
                answer.expect(200);
                return;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("Projections never reached position " + position + ": " + answer.text());
            }
        }
    }
}
