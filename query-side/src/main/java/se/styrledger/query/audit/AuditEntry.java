package se.styrledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the audit trail: what happened, decided by which body on which date under which § and diarienummer,
 * recorded by whom and when, the lag in days between decision and recording, and the reason for a withdrawal or
 * change. {@code globalPosition} and {@code eventId} name the event itself, so a revisor can show the evidence.
 * {@code recordingRight} names the recording right (or rights, comma-separated) under which the event was recorded
 * empty for events recorded before rights were checked, and for the rights from configuration.
 * {@code decidedByName} and {@code unitName} are the beslutsinstans's and the unit's names on the audited date, and
 * {@code description} names what it refers to as it was named then (ADR 0101).
 */
public record AuditEntry(long globalPosition, String eventId, String eventType, UUID aggregateId, String aggregateType,
                         String description, UUID effectGoalId, UUID unitId, Integer year, String person, String reason,
                         UUID decidedBy, LocalDate decidedOn, LocalDate effectiveFrom, String paragraph,
                         String caseNumber, String recordedBy, Instant recordedAt, Integer lagDays,
                         String recordingRight, String decidedByName, String unitName) {

    /** The entry as read on the audited date: its references and ids replaced by the names they had then. */
    AuditEntry named(Map<UUID, String> names) {
        return new AuditEntry(globalPosition, eventId, eventType, aggregateId, aggregateType,
                AuditNames.resolve(description, names), effectGoalId, unitId, year, person, reason, decidedBy,
                decidedOn, effectiveFrom, paragraph, caseNumber, recordedBy, recordedAt, lagDays, recordingRight,
                decidedBy == null ? null : names.getOrDefault(decidedBy, AuditNames.UNKNOWN),
                unitId == null ? null : names.getOrDefault(unitId, AuditNames.UNKNOWN));
    }
}
