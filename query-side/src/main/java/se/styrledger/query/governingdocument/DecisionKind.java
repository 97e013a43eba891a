package se.styrledger.query.governingdocument;

/** What the decision behind a state of a styrdokument did, with the Swedish words shown in its history. */
public enum DecisionKind {
    ADOPTED("antaget"),
    REVISED("reviderat"),
    CONFIRMED_CURRENT("aktualitetsprövat utan ändring"),
    OWNER_CHANGED("ny dokumentansvarig"),
    REPEALED("upphävt"),
    REPLACED("ersatt");

    private final String swedish;

    DecisionKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
