package se.styrledger.web.support;

import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * "Per datum" (asOf, the decision axis) and "Känt per" (knownAt, the recorded axis) of one page, from its query
 * parameters. A value that is not a date never fails the page: it is explained and today's view is shown instead.
 * Känt per a date means what the ledger held at the end of that day in the kommun's time zone; a full instant with
 * zone (as the API takes it) is kept as given, so a revisor can cite the exact moment.
 */
public record TimeControl(String asOfParam, String knownAtParam, LocalDate asOf, Instant knownAt, LocalDate today,
                          ZoneId zone, List<String> errors) {

    public static final String AS_OF = "asOf";
    public static final String KNOWN_AT = "knownAt";

    public static TimeControl of(String asOfParam, String knownAtParam, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<String> errors = new ArrayList<>();
        LocalDate asOf = today;
        String validAsOf = null;
        if (asOfParam != null && !asOfParam.isBlank()) {
            LocalDate parsed = date(asOfParam.strip());
            if (parsed == null) {
                errors.add("\"" + shortened(asOfParam) + "\" under Per datum är inget datum som ledgern kan visa."
                        + " Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-04-30, mellan år 1900 och 2200."
                        + " Sidan visar läget i dag.");
            } else {
                asOf = parsed;
                validAsOf = parsed.toString();
            }
        }
        Instant knownAt = clock.instant();
        String validKnownAt = null;
        if (knownAtParam != null && !knownAtParam.isBlank()) {
            Instant parsed = instant(knownAtParam.strip(), clock.getZone());
            if (parsed == null) {
                errors.add("\"" + shortened(knownAtParam) + "\" under Känt per är inget datum som ledgern kan visa."
                        + " Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-05-02. Sidan visar det som är känt i dag.");
            } else if (parsed.isBefore(knownAt)) {
                knownAt = parsed;
                validKnownAt = knownAtParam.strip();
            }
        }
        return new TimeControl(validAsOf, validKnownAt, asOf, knownAt, today, clock.getZone(), List.copyOf(errors));
    }

    /** What the query services take. */
    public ReadTime readTime() {
        return new ReadTime(asOf, knownAt);
    }

    /** The page shows another day than today. */
    public boolean otherDay() {
        return asOfParam != null && !asOf.equals(today);
    }

    /** The page shows an earlier state of knowledge than now. */
    public boolean earlierKnowledge() {
        return knownAtParam != null;
    }

    /** Either: the page needs the banner that says so, with the way back to today. */
    public boolean notToday() {
        return otherDay() || earlierKnowledge();
    }

    /** Känt per as the user's date field shows it: the date part in the kommun's time zone. */
    public String knownAtDate() {
        return knownAtParam == null ? "" : knownAt.atZone(zone).toLocalDate().toString();
    }

    public String asOfDate() {
        return asOfParam == null ? "" : asOfParam;
    }

    private static LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() < 1900 || date.getYear() > 2200 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String value, ZoneId zone) {
        LocalDate date = date(value);
        if (date != null) {
            // The end of that day: everything recorded during it is known.
            return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
