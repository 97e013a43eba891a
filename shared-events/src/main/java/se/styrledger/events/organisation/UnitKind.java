package se.styrledger.events.organisation;

/** The kinds of organisation unit in a kommun, with the Swedish term shown to users. */
public enum UnitKind {
    COUNCIL("kommunfullmäktige"),
    EXECUTIVE_BOARD("kommunstyrelse"),
    COMMITTEE("nämnd"),
    COMPANY("bolag"),
    ADMINISTRATION("förvaltning"),
    UNIT("avdelning/enhet");

    private final String swedish;

    UnitKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    /** Bodies that take decisions at meetings: KF, KS, nämnder and bolagsstyrelser. */
    public boolean isDecisionBody() {
        return this == COUNCIL || this == EXECUTIVE_BOARD || this == COMMITTEE || this == COMPANY;
    }
}
