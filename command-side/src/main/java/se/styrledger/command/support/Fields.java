package se.styrledger.command.support;

import se.styrledger.platform.web.LedgerException;

/** The checks every command's free-text fields share: present where required, and of a sane length. */
public final class Fields {

    private Fields() {
    }

    /** A required text: 400 naming the field when it is missing or too long; returned without surrounding blanks. */
    public static String requireText(String value, String field, String name, int max) {
        if (value == null || value.isBlank()) {
            throw LedgerException.invalid(field, name + " saknas.");
        }
        if (value.length() > max) {
            throw LedgerException.invalid(field, name + " får vara högst " + max + " tecken.");
        }
        return value.strip();
    }

    /** An optional text: null when blank, otherwise checked like a required one. */
    public static String optionalText(String value, String field, String name, int max) {
        return value == null || value.isBlank() ? null : requireText(value, field, name, max);
    }
}
