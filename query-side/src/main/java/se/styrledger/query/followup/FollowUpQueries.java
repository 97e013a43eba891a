package se.styrledger.query.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.platform.security.WhoRecorded;
import se.styrledger.query.followup.FollowUpRows.AssessmentRow;
import se.styrledger.query.followup.FollowUpRows.ReportRow;
import se.styrledger.query.followup.FollowUpRows.ValueRow;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads reports, snapshots, values and assessments for the query API. */
@Component
public class FollowUpQueries {

    private final JdbcTemplate jdbc;

    public FollowUpQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A report's status and, once closed, the fingerprint of its frozen bytes. */
    public record ReportSummary(UUID reportId, String kind, String kindLabel, String title, int year, LocalDate cutOff,
                                String status, String statusLabel, Instant openedAt, Instant closedAt,
                                Long closedPosition, String snapshotSha256, Adoption adoption) {

        public boolean closed() {
            return !"OPEN".equals(status);
        }

        /** "Godkänd" for the årsredovisning, "Behandlad" for a delårsrapport: what kommunfullmäktige's decision did. */
        public String councilDecidedLabel() {
            return ReportFormat.capitalised(FollowUpReportKind.valueOf(kind).councilDecided());
        }
    }

    /** Kommunfullmäktige's decision on the report: it godkänner the årsredovisning, behandlar a delårsrapport. */
    public record Adoption(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber) {
    }

    /**
     * An indicator value with its place in the correction chain: {@code supersededAt} is when a correction replaced
     * it (null while it is the current value). {@code recordedBy} only for AUDITOR and ADMIN.
     */
    public record IndicatorValueView(UUID valueId, UUID indicatorId, UUID unitId, ReportDocument.PeriodView period,
                                     BigDecimal value, BigDecimal women, BigDecimal men, String source,
                                     UUID supersedesValueId, String reason, UUID lateForReportId,
                                     UUID afterClosedReportId,
                                     @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy, Instant recordedAt,
                                     Instant supersededAt, long position, String eventId) {
    }

    /** An assessment; {@code recordedBy} only for AUDITOR and ADMIN. */
    public record AssessmentRecord(UUID assessmentId, UUID reportId, UUID goalId, String level, String levelLabel,
                                   String colour, String analysis, String assessedBy,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String recordedBy,
                                   Instant recordedAt, long position, String eventId) {
    }

    public List<ReportSummary> reports(Integer year, Instant knownAt) {
        return jdbc.query("SELECT * FROM follow_up_report_version WHERE" + FollowUpRows.KNOWN
                        + " AND (?::int IS NULL OR year = ?) ORDER BY year, cut_off", FollowUpRows.REPORT,
                        Timestamp.from(knownAt), Timestamp.from(knownAt), year, year).stream()
                .map(this::summary).toList();
    }

    public Optional<ReportSummary> report(UUID reportId, Instant knownAt) {
        return jdbc.query("SELECT * FROM follow_up_report_version WHERE report_id = ? AND" + FollowUpRows.KNOWN,
                        FollowUpRows.REPORT, reportId, Timestamp.from(knownAt), Timestamp.from(knownAt)).stream()
                .findFirst().map(this::summary);
    }

    /**
     * The bytes a closed report was frozen as. Asked for in binary: as text PostgreSQL would send a whole
     * kommun's 8.5 MB as 17 MB of hex for the driver to decode (issue 19).
     */
    public Optional<byte[]> snapshot(UUID reportId) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT document FROM report_snapshot WHERE report_id = ?");
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setObject(1, reportId);
            return statement;
        }, (rs, n) -> rs.getBytes(1)).stream().findFirst();
    }

    /** A unit's name as last known, for the heading of a per-nämnd view. */
    public Optional<String> unitName(UUID unitId, Instant knownAt) {
        return jdbc.queryForList("SELECT name FROM report_unit_version WHERE unit_id = ? AND" + FollowUpRows.KNOWN
                        + " ORDER BY valid_from DESC LIMIT 1", String.class, unitId, Timestamp.from(knownAt),
                Timestamp.from(knownAt)).stream().findFirst();
    }

    public List<IndicatorValueView> values(UUID indicatorId, UUID unitId, Integer year, Instant knownAt,
                                           boolean includeSuperseded) {
        return jdbc.query("SELECT * FROM indicator_value_version WHERE recorded_from <= ?"
                        + " AND (? OR recorded_to IS NULL OR recorded_to > ?)"
                        + " AND (?::uuid IS NULL OR indicator_id = ?) AND (?::uuid IS NULL OR unit_id = ?)"
                        + " AND (?::int IS NULL OR period_year = ?) ORDER BY valid_from, period_kind, recorded_position",
                FollowUpRows.VALUE, Timestamp.from(knownAt), includeSuperseded, Timestamp.from(knownAt), indicatorId,
                indicatorId, unitId, unitId, year, year).stream().map(row -> view(row, knownAt)).toList();
    }

    /** The most recently recorded values that are still current, newest first: what a correction usually concerns. */
    public List<IndicatorValueView> latestValues(Instant knownAt, int limit) {
        return jdbc.query("SELECT * FROM indicator_value_version WHERE recorded_from <= ?"
                        + " AND (recorded_to IS NULL OR recorded_to > ?) ORDER BY recorded_position DESC LIMIT ?",
                FollowUpRows.VALUE, Timestamp.from(knownAt), Timestamp.from(knownAt), limit).stream()
                .map(row -> view(row, knownAt)).toList();
    }

    public Optional<IndicatorValueView> value(UUID valueId) {
        return jdbc.query("SELECT * FROM indicator_value_version WHERE value_id = ?", FollowUpRows.VALUE, valueId)
                .stream().findFirst().map(row -> view(row, null));
    }

    public List<AssessmentRecord> assessments(UUID reportId, UUID goalId, Instant knownAt, boolean includeSuperseded) {
        return jdbc.query("SELECT * FROM assessment_version WHERE recorded_from <= ?"
                        + " AND (? OR recorded_to IS NULL OR recorded_to > ?)"
                        + " AND (?::uuid IS NULL OR report_id = ?) AND (?::uuid IS NULL OR goal_id = ?)"
                        + " ORDER BY recorded_position", FollowUpRows.ASSESSMENT, Timestamp.from(knownAt),
                includeSuperseded, Timestamp.from(knownAt), reportId, reportId, goalId, goalId).stream()
                .map(FollowUpQueries::record).toList();
    }

    private ReportSummary summary(ReportRow r) {
        String sha = r.closedAt() == null ? null : jdbc.queryForList(
                "SELECT sha256 FROM report_snapshot WHERE report_id = ?", String.class, r.reportId()).stream()
                .findFirst().orElse(null);
        Adoption adoption = r.decidedOn() == null ? null
                : new Adoption(r.decidedBy(), r.decidedOn(), r.paragraph(), r.caseNumber());
        return new ReportSummary(r.reportId(), r.kind().name(), r.kind().swedish(), r.title(), r.year(), r.cutOff(),
                r.status(), r.statusLabel(), r.openedAt(), r.closedAt(), r.closedPosition(), sha, adoption);
    }

    /**
     * A value as known at {@code knownAt} (null: as known now): a correction recorded after that instant had not yet
     * superseded it, so a read as of an earlier instant answers what it answered then (the time-travel oracle).
     */
    private static IndicatorValueView view(ValueRow v, Instant knownAt) {
        Instant supersededAt = knownAt != null && v.recordedTo() != null && v.recordedTo().isAfter(knownAt)
                ? null : v.recordedTo();
        return new IndicatorValueView(v.valueId(), v.indicatorId(), v.unitId(), Labels.period(v.period()), v.value(),
                v.women(), v.men(), v.source(), v.supersedesValueId(), v.reason(), v.lateForReportId(),
                v.afterClosedReportId(), WhoRecorded.shown(v.recordedBy()), v.recordedFrom(), supersededAt,
                v.recordedPosition(), v.eventId());
    }

    private static AssessmentRecord record(AssessmentRow a) {
        AttainmentLevel level = AttainmentLevel.valueOf(a.level());
        return new AssessmentRecord(a.assessmentId(), a.reportId(), a.goalId(), level.name(), level.swedish(),
                level.colour(), a.analysis(), a.assessedBy(), WhoRecorded.shown(a.recordedBy()), a.recordedFrom(), a.recordedPosition(),
                a.eventId());
    }
}
