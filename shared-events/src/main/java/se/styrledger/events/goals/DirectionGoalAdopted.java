package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.UUID;

/**
 * KF adopted an inriktningsmål within one strategisk inriktning, for a period of years such as a
 * mandatperiod or the flerårsplan's years ({@code fromYear}–{@code toYear}, inclusive).
 */
public record DirectionGoalAdopted(UUID goalId, UUID directionId, String title, String description, int fromYear,
                                   int toYear, Decision decision) {
}
