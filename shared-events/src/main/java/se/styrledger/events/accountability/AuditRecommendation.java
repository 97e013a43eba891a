package se.styrledger.events.accountability;

/** The revisorer's uttalande on ansvarsfrihet for a nämnd (KL 12 kap 12 §), with the Swedish words. */
public enum AuditRecommendation {
    DISCHARGE("tillstyrker ansvarsfrihet"),
    NO_DISCHARGE("avstyrker ansvarsfrihet");

    private final String swedish;

    AuditRecommendation(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
