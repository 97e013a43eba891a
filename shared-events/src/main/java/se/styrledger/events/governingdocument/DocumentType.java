package se.styrledger.events.governingdocument;

/** The kinds of styrdokument a kommun adopts (§7 of the source policy), with the Swedish term shown to users. */
public enum DocumentType {
    POLICY("policy"),
    PROGRAM("program"),
    STRATEGY("strategi"),
    PLAN("plan"),
    GUIDELINE("riktlinje"),
    CHARTER("reglemente"),
    RULES("regler"),
    ROUTINE("rutin"),
    TARIFF("taxa"),
    ARTICLES_OF_ASSOCIATION("bolagsordning"),
    OWNER_DIRECTIVE("ägardirektiv"),
    SPECIAL_DIRECTIVE("särskilda direktiv"),
    ACTION_PLAN("handlingsplan"),
    MULTI_YEAR_PLAN("flerårsplan"),
    POLITICAL_PROGRAM("politiskt program"),
    STATUTORY_PLAN("lagstadgad plan");

    private final String swedish;

    DocumentType(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
