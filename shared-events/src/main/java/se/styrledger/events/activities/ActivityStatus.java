package se.styrledger.events.activities;

/** Where an aktivitet stands. */
public enum ActivityStatus {
    PLANNED("planerad"),
    IN_PROGRESS("pågår"),
    DONE("genomförd"),
    CANCELLED("inställd");

    private final String swedish;

    ActivityStatus(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    /** Done and cancelled activities are closed: they are never overdue. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
