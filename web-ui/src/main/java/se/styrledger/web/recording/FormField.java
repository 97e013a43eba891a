package se.styrledger.web.recording;

import java.util.List;
import java.util.function.Supplier;

/**
 * One field of a recording form. Its {@code name} is the path of the same field in the API's JSON body
 * ("decision.paragraph", "period.number"), so a refusal naming that field lands next to it, and the form needs no
 * mapping of its own. A {@link Kind#TARGET} field names what the command changes (the API's path variable) and is not
 * part of the body.
 */
public record FormField(String name, String label, String hint, Kind kind, Supplier<List<Option>> options,
                        List<String> alsoFor) {

    public enum Kind {
        TEXT, TEXTAREA,
        /** A textarea whose lines become a list of texts. */
        LINES,
        /** An ISO date, ÅÅÅÅ-MM-DD. */
        DATE,
        /** A decimal number; a decimal comma is accepted. */
        NUMBER,
        INTEGER,
        SELECT,
        /** Several choices from a list (checkboxes): a JSON array. */
        CHOICES,
        /** A yes/no question: a JSON boolean. */
        CHECKBOX,
        /** The id the command acts on, chosen from a list; the API's path variable. */
        TARGET
    }

    public FormField {
        options = options == null ? List::of : options;
        alsoFor = alsoFor == null ? List.of() : List.copyOf(alsoFor);
    }

    public static FormField text(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.TEXT, null, null);
    }

    public static FormField textarea(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.TEXTAREA, null, null);
    }

    public static FormField lines(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.LINES, null, null);
    }

    public static FormField date(String name, String label, String hint) {
        return new FormField(name, label, hint == null ? "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-06-17."
                : hint + " Skriv datumet som ÅÅÅÅ-MM-DD.", Kind.DATE, null, null);
    }

    public static FormField number(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.NUMBER, null, null);
    }

    public static FormField integer(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.INTEGER, null, null);
    }

    public static FormField select(String name, String label, String hint, Supplier<List<Option>> options) {
        return new FormField(name, label, hint, Kind.SELECT, options, null);
    }

    public static FormField choices(String name, String label, String hint, Supplier<List<Option>> options) {
        return new FormField(name, label, hint, Kind.CHOICES, options, null);
    }

    public static FormField checkbox(String name, String label, String hint) {
        return new FormField(name, label, hint, Kind.CHECKBOX, null, null);
    }

    public static FormField target(String label, String hint, Supplier<List<Option>> options) {
        return new FormField(RecordingForm.TARGET, label, hint, Kind.TARGET, options, null);
    }

    /** Refusals the API names by another field (e.g. "period" for the period's kind, year and number) land here too. */
    public FormField alsoFor(String... names) {
        return new FormField(name, label, hint, kind, options, List.of(names));
    }

    /** The HTML id: a JSON path's dots are not welcome in a fragment link. */
    public String id() {
        return "f-" + name.replace('.', '-');
    }

    public boolean multiple() {
        return kind == Kind.CHOICES;
    }

    /** Fields answered by choosing (a fieldset with a legend) rather than by typing (a label). */
    public boolean fieldset() {
        return kind == Kind.CHOICES;
    }
}
