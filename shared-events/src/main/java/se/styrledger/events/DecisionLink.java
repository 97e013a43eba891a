package se.styrledger.events;

/**
 * Where a decision's protokoll or beslutsunderlag is found: a public https address, or a reference into the kommun's
 * diarium (e.g. "KS 2019/0458-12") for a document that is not published on the web.
 *
 * @param kind      protokoll or beslutsunderlag
 * @param reference an https URL or a diarium reference
 * @param title     what the document is, e.g. "Protokoll KF 2020-04-27" (optional)
 */
public record DecisionLink(DecisionLinkKind kind, String reference, String title) {
}
