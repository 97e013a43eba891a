package se.styrledger.web.recording;

/** One choice of a select list or a group of checkboxes: the value sent, and the Swedish text shown. */
public record Option(String value, String label) {
}
