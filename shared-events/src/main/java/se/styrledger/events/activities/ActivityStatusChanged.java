package se.styrledger.events.activities;

import java.time.LocalDate;
import java.util.UUID;

/** The aktivitet moved to another status on {@code changedOn}, with a comment saying why or how. */
public record ActivityStatusChanged(UUID activityId, ActivityStatus status, String comment, LocalDate changedOn) {
}
