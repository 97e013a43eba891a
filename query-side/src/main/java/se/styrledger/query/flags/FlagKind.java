package se.styrledger.query.flags;

/** What a flag warns about, with the Swedish label shown to users. Flags are never hidden. */
public enum FlagKind {
    ALL_DIRECTION_GOALS_WITHDRAWN("Alla länkade inriktningsmål är upphävda"),
    NO_INDICATOR("Effektmålet saknar indikator"),
    ACTIVITY_OVERDUE("Aktiviteten är försenad");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
