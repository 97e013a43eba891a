package se.styrledger.query.support;

import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The two time axes of every query: {@code asOf}, a date on the decision axis (what was in force that day), and
 * {@code knownAt}, an instant on the recorded axis (what the ledger held then). Defaults: today, and now.
 */
public record ReadTime(LocalDate asOf, Instant knownAt) {

    public static ReadTime of(String asOf, String knownAt, Clock clock) {
        return new ReadTime(asOf == null || asOf.isBlank() ? LocalDate.now(clock) : date(asOf),
                knownAt == null || knownAt.isBlank() ? clock.instant() : instant(knownAt));
    }

    private static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw LedgerException.invalid("asOf", "asOf ska vara ett datum mellan år 1900 och 2200.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid("asOf", "asOf ska vara ett datum som 2024-04-30.");
        }
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid("knownAt",
                    "knownAt ska vara en tidpunkt med tidszon, som 2024-05-02T12:00:00Z eller 2024-05-02T14:00:00+02:00.");
        }
    }
}
