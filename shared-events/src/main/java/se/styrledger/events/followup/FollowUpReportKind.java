package se.styrledger.events.followup;

/**
 * The three follow-up reports of a year, in the order they are closed. Kommunfullmäktige <em>godkänner</em>
 * the årsredovisning and <em>behandlar</em> the delårsrapporter (KL 11 kap); "fastställa" is what a bolagsstämma
 * does with a company's accounts and is never said of a kommun's reports.
 */
public enum FollowUpReportKind {
    INTERIM_1("delårsrapport 1", "behandlar", "behandlad"),
    INTERIM_2("delårsrapport 2", "behandlar", "behandlad"),
    ANNUAL("årsredovisning", "godkänner", "godkänd");

    private final String swedish;
    private final String councilDecides;
    private final String councilDecided;

    FollowUpReportKind(String swedish, String councilDecides, String councilDecided) {
        this.swedish = swedish;
        this.councilDecides = councilDecides;
        this.councilDecided = councilDecided;
    }

    public String swedish() {
        return swedish;
    }

    /** What kommunfullmäktige does with a closed report of this kind: "godkänner" or "behandlar". */
    public String councilDecides() {
        return councilDecides;
    }

    /** The report once kommunfullmäktige has decided on it: "godkänd" or "behandlad". */
    public String councilDecided() {
        return councilDecided;
    }
}
