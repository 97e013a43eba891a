package se.styrledger.events;

/** What a decision's link leads to, with the Swedish term shown to users. */
public enum DecisionLinkKind {
    PROTOCOL("protokoll"),
    SUPPORTING_DOCUMENT("beslutsunderlag");

    private final String swedish;

    DecisionLinkKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
