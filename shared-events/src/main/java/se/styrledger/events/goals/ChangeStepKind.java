package se.styrledger.events.goals;

/** The links of a förändringsteori: aktiviteter → utfall → resultat → effekter. */
public enum ChangeStepKind {
    ACTIVITY("aktivitet"),
    OUTPUT("utfall"),
    RESULT("resultat"),
    EFFECT("effekt");

    private final String swedish;

    ChangeStepKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
