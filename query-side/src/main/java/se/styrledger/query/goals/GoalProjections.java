package se.styrledger.query.goals;

/**
 * The projections of the goal hierarchy — vision, strategiska inriktningar, inriktningsmål, effektmål with their
 * links, indicators and förändringsteori — share one pooled streaming processor.
 */
final class GoalProjections {

    static final String PROCESSING_GROUP = "goals";

    private GoalProjections() {
    }
}
