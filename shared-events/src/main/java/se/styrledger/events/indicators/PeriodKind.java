package se.styrledger.events.indicators;

/** The length of a reporting period: a month, a tertial (four months, as the delårsrapporter) or a year. */
public enum PeriodKind {
    MONTH("månad", 12),
    TERTIAL("tertial", 3),
    YEAR("år", 1);

    private final String swedish;
    private final int perYear;

    PeriodKind(String swedish, int perYear) {
        this.swedish = swedish;
        this.perYear = perYear;
    }

    public String swedish() {
        return swedish;
    }

    /** How many periods of this kind a year has: the largest valid {@link Period#number()}. */
    public int perYear() {
        return perYear;
    }
}
