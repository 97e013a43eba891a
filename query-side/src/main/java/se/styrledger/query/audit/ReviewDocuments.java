package se.styrledger.query.audit;

import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The granskningsunderlag for one nämnd and year as a printable Swedish HTML page and as CSV that Excel opens
 * (UTF-8 with BOM, semicolons). Every user-written text is escaped.
 */
final class ReviewDocuments {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private ReviewDocuments() {
    }

    record Review(UUID unitId, String unitName, int year, String asOf, String knownAt, List<Finding> findings,
                  List<AuditEntry> trail) {
    }

    static String html(Review review) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Granskningsunderlag ")
                .append(e(review.unitName())).append(' ').append(review.year()).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;")
                .append("margin-bottom:2em}th,td{border:1px solid #999;padding:4px;text-align:left;vertical-align:top;")
                .append("font-size:10pt}th{background:#eee}.finding{color:#8a1c1c}@media print{body{margin:0}}")
                .append("</style></head><body>\n<h1>Granskningsunderlag: ").append(e(review.unitName())).append(", ")
                .append(review.year()).append("</h1>\n<p>Per ").append(e(review.asOf())).append(", så som liggaren")
                .append(" kände det ").append(e(review.knownAt())).append(". Varje rad anger händelsen (position)")
                .append(" som styrker den.</p>\n<h2>Iakttagelser (").append(review.findings().size()).append(")</h2>\n");
        page.append("<table><thead><tr><th>Iakttagelse</th><th>Avser</th><th>Beskrivning</th><th>Underlag (position)")
                .append("</th></tr></thead><tbody>\n");
        for (Finding finding : review.findings()) {
            page.append("<tr class=\"finding\"><td>").append(e(finding.label())).append("</td><td>")
                    .append(e(finding.title())).append("</td><td>").append(e(finding.detail())).append("</td><td>")
                    .append(e(join(finding.evidence()))).append("</td></tr>\n");
        }
        page.append("</tbody></table>\n<h2>Händelser (").append(review.trail().size()).append(")</h2>\n")
                .append("<table><thead><tr><th>Position</th><th>Vad</th><th>Beslutsinstans</th><th>Beslutsdatum</th>")
                .append("<th>§</th><th>Diarienummer</th><th>Registrerad av</th><th>Registrerad</th><th>Dagar efter")
                .append(" beslut</th><th>Skäl</th></tr></thead><tbody>\n");
        for (AuditEntry entry : review.trail()) {
            page.append("<tr><td>").append(entry.globalPosition()).append("</td><td>").append(e(entry.description()))
                    .append("</td><td>").append(e(entry.decidedBy())).append("</td><td>").append(e(entry.decidedOn()))
                    .append("</td><td>").append(e(entry.paragraph())).append("</td><td>").append(e(entry.caseNumber()))
                    .append("</td><td>").append(e(entry.recordedBy())).append("</td><td>")
                    .append(RECORDED.format(entry.recordedAt())).append("</td><td>").append(e(entry.lagDays()))
                    .append("</td><td>").append(e(entry.reason())).append("</td></tr>\n");
        }
        return page.append("</tbody></table>\n</body></html>\n").toString();
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
                "Diarienummer", "Registrerad av", "Registrerad", "Dagar efter beslut", "Skäl/underlag"});
        for (Finding finding : review.findings()) {
            rows.add(new String[]{"Iakttagelse: " + finding.label(), "", finding.detail(), finding.title(), "", "", "",
                    "", "", "", "", join(finding.evidence())});
        }
        for (AuditEntry entry : review.trail()) {
            rows.add(new String[]{"Händelse", String.valueOf(entry.globalPosition()), entry.description(), "",
                    s(entry.decidedBy()), s(entry.decidedOn()), s(entry.paragraph()), s(entry.caseNumber()),
                    s(entry.recordedBy()), RECORDED.format(entry.recordedAt()), s(entry.lagDays()), s(entry.reason())});
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

    private static String join(List<Long> positions) {
        return String.join(", ", positions.stream().map(String::valueOf).toList());
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String e(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }
}
