package se.styrledger.events.indicators;

/** Whether a higher or a lower value is better, for the computed position against the målvärde. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER("högre är bättre"),
    LOWER_IS_BETTER("lägre är bättre");

    private final String swedish;

    IndicatorDirection(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
