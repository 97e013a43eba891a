package se.styrledger.events.activities;

import se.styrledger.events.Decision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A concrete aktivitet toward an effektmål, ansvarsfördelad ({@code responsible}: a person or a role) and tidssatt
 * ({@code dueDate}), adopted with the verksamhetsplan (or imposed by KF, R-02). It starts as planerad.
 */
public record ActivityPlanned(UUID activityId, UUID effectGoalId, String title, String responsible, LocalDate dueDate,
                              boolean imposedByCouncil, Decision decision) {
}
