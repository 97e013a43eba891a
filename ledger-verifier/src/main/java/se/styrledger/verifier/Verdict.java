package se.styrledger.verifier;

/**
 * What a check found, in words a revisor can act on. A failure names the first position that fails when the
 * material allows it ({@code position}, else null).
 *
 * @param verified whether everything held
 * @param position the first position that failed, when known
 * @param message  what was checked and found, in Swedish
 */
public record Verdict(boolean verified, Long position, String message) {

    public static Verdict verified(String message) {
        return new Verdict(true, null, message);
    }

    public static Verdict failed(Long position, String message) {
        return new Verdict(false, position, message);
    }

    /** The exit status of the verifier: 0 verified, 1 not. */
    public int exitStatus() {
        return verified ? 0 : 1;
    }
}
