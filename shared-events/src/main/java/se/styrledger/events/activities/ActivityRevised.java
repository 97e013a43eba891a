package se.styrledger.events.activities;

import java.time.LocalDate;
import java.util.UUID;

/** The aktivitet's wording, responsible or due date changed, with the reason (R-13 still holds). */
public record ActivityRevised(UUID activityId, String title, String responsible, LocalDate dueDate, String reason) {
}
