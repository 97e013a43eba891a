package se.styrledger.events.rights;

/**
 * The holder of a recording right (behörighet): an account or a group of the login. Names an account, which is
 * personal data: shown to AUDITOR and ADMIN only.
 */
public record Grantee(GranteeKind kind, String name) {
}
