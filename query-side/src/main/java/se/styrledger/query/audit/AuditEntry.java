package se.styrledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the audit trail: what happened, decided by which body on which date under which § and diarienummer,
 * recorded by whom and when, the lag in days between decision and recording, and the reason for a withdrawal or
 * change. {@code globalPosition} and {@code eventId} name the event itself, so a revisor can show the evidence.
 * {@code recordingRight} names the recording right (or rights, comma-separated) under which the event was recorded
 * empty for events recorded before rights were checked, and for the rights from configuration.
 */
public record AuditEntry(long globalPosition, String eventId, String eventType, UUID aggregateId, String aggregateType,
                         String description, UUID effectGoalId, UUID unitId, Integer year, String person, String reason,
                         UUID decidedBy, LocalDate decidedOn, LocalDate effectiveFrom, String paragraph,
                         String caseNumber, String recordedBy, Instant recordedAt, Integer lagDays,
                         String recordingRight) {
}
