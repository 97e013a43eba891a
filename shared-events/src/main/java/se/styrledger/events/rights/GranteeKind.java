package se.styrledger.events.rights;

/** Whom a recording right is given to: one person's account, or everyone in a group of the login. */
public enum GranteeKind {
    /** One account, matched on the login's subject (the name it records under, {@code recordedBy}). */
    ACCOUNT,
    /** A group or role the login carries (e.g. a group claim of the kommun's identity provider, or RECORDER). */
    GROUP
}
