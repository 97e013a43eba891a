package se.styrledger.query.export;

import se.styrledger.platform.web.LedgerException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which events an export covers: positions {@code fromPosition ≤ p ≤ toPosition}, recorded times
 * {@code recordedFrom ≤ t < recordedTo} and one aggregate type. Every bound is optional.
 */
public record EventRange(Long fromPosition, Long toPosition, Instant recordedFrom, Instant recordedTo,
                         String aggregateType) {

    private static final int MAX_TYPE_LENGTH = 255;

    public EventRange {
        if (fromPosition != null && fromPosition < 0) {
            throw LedgerException.invalid("fromPosition", "fromPosition kan inte vara negativ.");
        }
        if (toPosition != null && toPosition < 0) {
            throw LedgerException.invalid("toPosition", "toPosition kan inte vara negativ.");
        }
        if (fromPosition != null && toPosition != null && fromPosition > toPosition) {
            throw LedgerException.invalid("toPosition", "toPosition kan inte ligga före fromPosition.");
        }
        if (recordedFrom != null && recordedTo != null && !recordedFrom.isBefore(recordedTo)) {
            throw LedgerException.invalid("recordedTo", "recordedTo ska ligga efter recordedFrom.");
        }
        if (aggregateType != null && (aggregateType.isBlank() || aggregateType.length() > MAX_TYPE_LENGTH)) {
            throw LedgerException.invalid("aggregateType",
                    "aggregateType ska vara ett typnamn som OrganisationUnit, högst " + MAX_TYPE_LENGTH + " tecken.");
        }
    }

    /** From request parameters or task settings, each of which may be missing. */
    public static EventRange of(Long fromPosition, Long toPosition, String recordedFrom, String recordedTo,
                                String aggregateType) {
        return new EventRange(fromPosition, toPosition, instant("recordedFrom", recordedFrom),
                instant("recordedTo", recordedTo), aggregateType == null || aggregateType.isEmpty() ? null
                : aggregateType);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid(field, field + " ska vara en tidpunkt med tidszon, som 2024-05-02T12:00:00Z.");
        }
    }
}
