package se.styrledger.query.governingdocument;

/** Where a styrdokument stands on a date, with the Swedish word shown to users. */
public enum DocumentStatus {
    IN_FORCE("gällande"),
    EXPIRED("giltighetstiden har gått ut"),
    REPEALED("upphävt"),
    REPLACED("ersatt");

    private final String swedish;

    DocumentStatus(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
