package se.styrledger.events.economy;

/** A later change to an adopted budget: more money (tilläggsbudget) or money moved between nämnder (omfördelning). */
public enum BudgetAmendmentKind {
    SUPPLEMENTARY("tilläggsbudget"),
    REALLOCATION("omfördelning");

    private final String swedish;

    BudgetAmendmentKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
