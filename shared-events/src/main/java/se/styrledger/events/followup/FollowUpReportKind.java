package se.styrledger.events.followup;

/** The three follow-up reports of a year, in the order they are closed. */
public enum FollowUpReportKind {
    INTERIM_1("delårsrapport 1"),
    INTERIM_2("delårsrapport 2"),
    ANNUAL("årsredovisning");

    private final String swedish;

    FollowUpReportKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
