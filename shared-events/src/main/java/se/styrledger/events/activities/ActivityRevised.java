package se.styrledger.events.activities;

import se.styrledger.events.Decision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The aktivitet's wording, responsible or due date changed, with the reason (R-13 still holds). {@code decision} is
 * the decision behind the revision when there is one: always for an aktivitet KF imposed; null in events
 * recorded before it was added.
 */
public record ActivityRevised(UUID activityId, String title, String responsible, LocalDate dueDate, String reason,
                              Decision decision) {
}
