package se.styrledger.query.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The granskningsunderlag for one nämnd and year as CSV that Excel opens (UTF-8 with BOM, semicolons), and what its
 * printable page (the template reports/review.jte, which escapes every value) needs.
 */
public final class ReviewDocuments {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private ReviewDocuments() {
    }

    /** What the granskningsunderlag covers: the template's one parameter, generic so any page can show it. */
    public record Review(UUID unitId, String unitName, int year, String asOf, String knownAt, List<Finding> findings,
                  List<AuditEntry> trail) {
    }

    static String csv(Review review) {
        List<Object[]> rows = rows(review);
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(String.join(";", Arrays.copyOf(rows.get(0), rows.get(0).length, String[].class)))
                .append("\r\n");
        for (Object[] cells : rows.subList(1, rows.size())) {
            row(csv, Arrays.copyOf(cells, cells.length, String[].class));
        }
        return csv.toString();
    }

    /** The granskningsunderlag as one table, header first: the CSV's cells, and the workbook's. */
    static List<Object[]> rows(Review review) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new String[]{"Typ", "Position", "Vad", "Avser", "Beslutsinstans", "Beslutsdatum", "§",
                "Diarienummer", "Registrerad av", "Behörighet", "Registrerad", "Dagar efter beslut", "Skäl/underlag"});
        for (Finding finding : review.findings()) {
            rows.add(new String[]{"Iakttagelse: " + finding.label(), "", finding.detail(), finding.title(), "", "", "",
                    "", "", "", "", "", positions(finding.evidence())});
        }
        for (AuditEntry entry : review.trail()) {
            rows.add(new String[]{"Händelse", String.valueOf(entry.globalPosition()), entry.description(), "",
                    s(entry.decidedBy()), s(entry.decidedOn()), s(entry.paragraph()), s(entry.caseNumber()),
                    s(entry.recordedBy()), s(entry.recordingRight()), RECORDED.format(entry.recordedAt()),
                    s(entry.lagDays()), s(entry.reason())});
        }
        return rows;
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            String cell = cells[i] == null ? "" : cells[i];
            // Quote every text cell, and defuse a leading =, +, - or @ so Excel never runs it as a formula.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** The positions of the events behind a finding, as the revisor looks them up. */
    public static String positions(List<Long> positions) {
        return String.join(", ", positions.stream().map(String::valueOf).toList());
    }

    public static String recorded(Instant recordedAt) {
        return RECORDED.format(recordedAt);
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

}
