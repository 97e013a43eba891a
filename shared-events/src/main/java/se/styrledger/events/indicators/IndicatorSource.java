package se.styrledger.events.indicators;

/** Where an indikator's values come from. */
public enum IndicatorSource {
    OWN_MEASUREMENT("egen mätning"),
    KOLADA("Kolada"),
    SURVEY("medborgarundersökning");

    private final String swedish;

    IndicatorSource(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
