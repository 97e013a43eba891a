package se.styrledger.command.goals;

/** The levels of the röd tråd the command side looks up. */
public enum GoalKind {
    VISION, STRATEGIC_DIRECTION, DIRECTION_GOAL, EFFECT_GOAL
}
