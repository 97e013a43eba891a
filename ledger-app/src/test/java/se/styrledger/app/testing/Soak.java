package se.styrledger.app.testing;

/**
 * The reliability tests run small in {@code ./mvnw verify}; {@code -Psoak} (system property styrledger.soak=true)
 * runs the same tests with much more load. See docs/reliability.md.
 */
public final class Soak {

    private Soak() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("styrledger.soak");
    }

    public static int scale(int fast, int soak) {
        return enabled() ? soak : fast;
    }
}
