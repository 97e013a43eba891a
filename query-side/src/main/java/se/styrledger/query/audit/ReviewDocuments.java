package se.styrledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadTime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The granskningsunderlag for one nämnd and year: every commitment (effektmål) with its whole follow-up and the
 * findings about it, every finding with its evidence, the year's frozen reports with their SHA-256, and everything
 * the nämnd recorded and decided in the year, all as of a date, named as on that date. Served as JSON, as CSV that
 * Excel opens (UTF-8 with BOM, semicolons), and as the printable page reports/review.jte, which escapes every value.
 */
@Component
public class ReviewDocuments {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final AuditQueries trail;
    private final Findings findings;
    private final AuditNames names;

    public ReviewDocuments(JdbcTemplate jdbc, AuditQueries trail, Findings findings, AuditNames names) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.findings = findings;
        this.names = names;
    }

    /** What the granskningsunderlag covers: the template's one parameter, generic so any page can show it. */
    public record Review(UUID unitId, String unitName, int year, String asOf, String knownAt, List<Finding> findings,
                         List<AuditEntry> trail, List<Commitment> commitments, List<FrozenReport> reports) {
    }

    /** One effektmål of the nämnd's year with its whole chain (ADR 0100) and the findings about it. */
    public record Commitment(UUID effectGoalId, String title, List<AuditEntry> followUp, List<Finding> findings) {
    }

    /** A closed report of the year: what it said is frozen, and its bytes hash to {@code sha256} (R-21). */
    public record FrozenReport(UUID reportId, String name, LocalDate cutOff, Instant closedAt, String sha256) {
    }

    /** The granskningsunderlag for a nämnd and year as of {@code at}; 404 for a unit the ledger does not know. */
    public Review review(UUID unitId, int year, ReadTime at) {
        Map<UUID, String> unitName = names.names(List.of(unitId), at);
        if (!unitName.containsKey(unitId)) {
            throw LedgerException.notFound("Enheten " + unitId + " finns inte.");
        }
        List<Finding> found = findings.find(unitId, year, at);
        List<UUID> goals = jdbc.queryForList("SELECT goal_id FROM audit_goal WHERE unit_id = ? AND year = ?",
                UUID.class, unitId, year);
        Map<UUID, String> titles = names.names(goals, at);
        List<Commitment> commitments = new ArrayList<>();
        for (UUID goal : goals) {
            List<AuditEntry> chain = trail.chain(goal, at);
            if (!chain.isEmpty()) {
                commitments.add(new Commitment(goal, titles.getOrDefault(goal, AuditNames.UNKNOWN), chain,
                        found.stream().filter(f -> goal.equals(f.effectGoalId())).toList()));
            }
        }
        commitments.sort(Comparator.comparing(Commitment::title));
        List<FrozenReport> reports = jdbc.query("SELECT r.report_id, r.kind, r.year, r.cut_off, s.closed_at, s.sha256"
                        + " FROM report_snapshot s JOIN follow_up_report_version r ON r.report_id = s.report_id"
                        + " AND r.recorded_to IS NULL WHERE r.year = ? AND s.closed_at <= ? ORDER BY r.cut_off",
                (rs, n) -> new FrozenReport(rs.getObject("report_id", UUID.class), new FollowUpDescriptions.Report(
                        rs.getInt("year"), FollowUpReportKind.valueOf(rs.getString("kind"))).name(),
                        rs.getDate("cut_off").toLocalDate(), rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("sha256")), year, Timestamp.from(at.knownAt()));
        return new Review(unitId, unitName.get(unitId), year, at.asOf().toString(), at.knownAt().toString(), found,
                trail.byUnitAndYear(unitId, year, at), commitments, reports);
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
        for (FrozenReport report : review.reports()) {
            rows.add(new String[]{"Fryst rapport", "", report.name() + ", brytdatum " + report.cutOff() + ", SHA-256 "
                    + report.sha256(), "", "", "", "", "", "", "", RECORDED.format(report.closedAt()), "", ""});
        }
        for (Commitment commitment : review.commitments()) {
            for (AuditEntry entry : commitment.followUp()) {
                rows.add(event("Åtagande", entry, commitment.title()));
            }
        }
        for (AuditEntry entry : review.trail()) {
            rows.add(event("Händelse", entry, ""));
        }
        return rows;
    }

    private static String[] event(String type, AuditEntry entry, String concerns) {
        return new String[]{type, String.valueOf(entry.globalPosition()), entry.description(), concerns,
                s(entry.decidedByName()), s(entry.decidedOn()), s(entry.paragraph()), s(entry.caseNumber()),
                s(entry.recordedBy()), s(entry.recordingRight()), RECORDED.format(entry.recordedAt()),
                s(entry.lagDays()), s(entry.reason())};
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
