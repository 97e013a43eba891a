package se.styrledger.query.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the report templates (src/main/jte/reports) write besides the document's own text. */
public final class ReportFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportFormat() {
    }

    /** Decimal comma, as in the CSV: the same figure reads the same in both. */
    public static String number(BigDecimal value) {
        return Csv.number(value);
    }

    /** An instant as a reader in the kommun expects it: local time to the minute. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

    /** Only the traffic-light colours become a CSS class; anything else shows as white. */
    public static String badge(String colour) {
        return switch (colour == null ? "" : colour) {
            case "green", "yellow", "red" -> colour;
            default -> "white";
        };
    }

    public static String capitalised(String words) {
        return words == null || words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String linkTitles(List<ReportDocument.LinkRef> links) {
        return links.stream().map(l -> l.title() != null ? l.title() : l.goalId().toString())
                .collect(Collectors.joining("; "));
    }

    /** The nyckeltalsrapport's lines per nämnd, in the report's order. */
    public static Map<String, List<KeyFigureReport.Line>> byUnit(List<KeyFigureReport.Line> lines) {
        return lines.stream().collect(Collectors.groupingBy(l -> Objects.toString(l.unitName(), "okänd enhet"),
                LinkedHashMap::new, Collectors.toList()));
    }
}
