package se.styrledger.events.activities;

import se.styrledger.events.Decision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The aktivitet moved to another status on {@code changedOn}, with a comment saying why or how. {@code decision} is
 * the decision behind it when there is one: always when an aktivitet KF imposed is cancelled; null in events
 * recorded before it was added.
 */
public record ActivityStatusChanged(UUID activityId, ActivityStatus status, String comment, LocalDate changedOn,
                                    Decision decision) {
}
