package se.styrledger.events.economy;

/** Where an utfall came from: a SIE 4 file or a CSV file from the ekonomisystem, or entered by hand. */
public enum OutcomeSource {
    SIE4("SIE 4-fil"),
    CSV("CSV-fil"),
    MANUAL("manuellt registrerat");

    private final String swedish;

    OutcomeSource(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
