package se.styrledger.web.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write dates and numbers for Swedish readers: ISO dates (as in protocols), decimal comma. */
public final class Format {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId KOMMUN = ZoneId.of("Europe/Stockholm");

    private Format() {
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    public static String instant(Instant instant) {
        return instant == null ? "–" : INSTANT.format(instant.atZone(KOMMUN));
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        // A hyphen-minus, not U+2212: what people type and what screen readers read as "minus".
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.###", symbols).format(value);
    }

    /** The CSS class that colours an aktivitet's status (with its word, never colour alone). */
    public static String activityStatusClass(String status) {
        return switch (status == null ? "" : status) {
            case "DONE" -> "status-ok";
            case "IN_PROGRESS" -> "status-warn";
            case "CANCELLED" -> "status-bad";
            default -> "status-none";
        };
    }

    /** A period of years: "2023–2026", or one year. */
    public static String years(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
