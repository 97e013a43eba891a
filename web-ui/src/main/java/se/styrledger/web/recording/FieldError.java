package se.styrledger.web.recording;

/**
 * A refusal shown to the person who typed: its field (null when it concerns the whole form), the Swedish text and the
 * rule (R-xx) when a rule was broken. {@code fieldId} is the HTML id the error summary links to.
 */
public record FieldError(String field, String fieldId, String message, String rule) {

    /** The words shown next to the field and in the summary. */
    public String text() {
        return rule == null ? message : message + " (regel " + rule + ")";
    }
}
