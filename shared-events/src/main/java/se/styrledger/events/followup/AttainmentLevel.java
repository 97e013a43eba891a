package se.styrledger.events.followup;

/**
 * Måluppfyllelse: how far a goal was attained in a report period, as people judged it. Shown with the
 * colours the kommun's reports use, so a reader scans a page of goals by colour.
 */
public enum AttainmentLevel {
    FULFILLED("uppfyllt", "green"),
    PARTLY_FULFILLED("delvis uppfyllt", "yellow"),
    NOT_FULFILLED("ej uppfyllt", "red"),
    NOT_ASSESSED("ej bedömt", "white");

    private final String swedish;
    private final String colour;

    AttainmentLevel(String swedish, String colour) {
        this.swedish = swedish;
        this.colour = colour;
    }

    public String swedish() {
        return swedish;
    }

    /** The traffic-light colour: green, yellow, red or white. */
    public String colour() {
        return colour;
    }
}
