package se.styrledger.events.accountability;

/** The offices of a nämnd's presidium, with the Swedish words. */
public enum OfficeRole {
    CHAIR("ordförande"),
    FIRST_VICE_CHAIR("vice ordförande"),
    SECOND_VICE_CHAIR("andre vice ordförande");

    private final String swedish;

    OfficeRole(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
