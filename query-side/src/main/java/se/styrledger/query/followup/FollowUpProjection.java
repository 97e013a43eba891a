package se.styrledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.AssessmentRecorded;
import se.styrledger.events.followup.FollowUpReportAdopted;
import se.styrledger.events.followup.FollowUpReportClosed;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;
import se.styrledger.query.followup.FollowUpRows.ReportRow;
import se.styrledger.query.support.RowTable;
import se.styrledger.query.support.RowWriter;
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Projects values, assessments and reports, and freezes a report when its closing event arrives: the report is
 * built from this group's tables as of its cut-off, as known at the closing instant, and its bytes are stored in
 * {@code report_snapshot} for ever (R-21, ADR 0040). Replaying the stream writes the same bytes again.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class FollowUpProjection {

    static final String RECORDED_BY = "recordedBy";

    private static final RowTable VALUES = RowTable.of("indicator_value_version", "value_id", "indicator_id",
            "unit_id", "period_kind", "period_year", "period_number", "value", "women", "men", "source",
            "supersedes_value_id", "reason", "late_for_report_id", "after_closed_report_id", "recorded_by", "event_id",
            "valid_from", "valid_to", "recorded_from", "recorded_position").closedBy("value_id uuid");
    private static final RowTable ASSESSMENTS = RowTable.of("assessment_version", "assessment_id", "report_id",
            "goal_id", "level", "analysis", "assessed_by", "recorded_by", "event_id", "valid_from", "valid_to",
            "recorded_from", "recorded_position").closedBy("report_id uuid", "goal_id uuid");
    private static final RowTable REPORTS = RowTable.of("follow_up_report_version", "report_id", "year", "kind",
            "cut_off", "status", "opened_at", "closed_at", "closed_position", "closed_event_id", "decided_by",
            "decided_on", "paragraph", "case_number", "valid_from", "recorded_from", "recorded_position")
            .closedBy("report_id uuid");

    private final JdbcTemplate jdbc;
    private final ReportBuilder builder;
    private final VersionWriter positions;
    private final RowWriter rows;

    public FollowUpProjection(JdbcTemplate jdbc, ReportBuilder builder, VersionWriter positions, RowWriter rows) {
        this.jdbc = jdbc;
        this.builder = builder;
        this.positions = positions;
        this.rows = rows;
    }

    @EventHandler
    void on(IndicatorValueReported e, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(RECORDED_BY) String recordedBy) {
        insertValue(e.valueId(), e.indicatorId(), e.unitId(), e.period(), e.value(), e.genderSplit(), e.source(), null,
                null, e.lateForReportId(), null, recordedBy, message.getIdentifier(), recordedAt, position(message));
    }

    @EventHandler
    void on(IndicatorValueCorrected e, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(RECORDED_BY) String recordedBy) {
        rows.close(VALUES, java.sql.Timestamp.from(recordedAt), e.supersedesValueId());
        insertValue(e.valueId(), e.indicatorId(), e.unitId(), e.period(), e.value(), e.genderSplit(), e.source(),
                e.supersedesValueId(), e.reason(), null, e.afterClosedReportId(), recordedBy, message.getIdentifier(),
                recordedAt, position(message));
    }

    /** A withdrawn value stops being known at the withdrawal; what was known before stays answerable. */
    @EventHandler
    void on(IndicatorValueWithdrawn e, @Timestamp Instant recordedAt) {
        rows.close(VALUES, java.sql.Timestamp.from(recordedAt), e.valueId());
    }

    @EventHandler
    void on(AssessmentRecorded e, EventMessage<?> message, @Timestamp Instant recordedAt,
            @MetaDataValue(RECORDED_BY) String recordedBy) {
        ReportRow report = currentReport(e.reportId());
        java.sql.Timestamp at = java.sql.Timestamp.from(recordedAt);
        rows.close(ASSESSMENTS, at, e.reportId(), e.goalId());
        rows.insert(ASSESSMENTS, e.assessmentId(), e.reportId(), e.goalId(), e.level().name(), e.analysis(), e.assessedBy(), recordedBy,
                message.getIdentifier(), Date.valueOf(LocalDate.of(report.year(), 1, 1)),
                Date.valueOf(report.cutOff().plusDays(1)), at, position(message));
    }

    @EventHandler
    void on(FollowUpReportOpened e, EventMessage<?> message, @Timestamp Instant recordedAt) {
        insertReport(new ReportRow(e.reportId(), e.year(), e.kind(), e.cutOff(), "OPEN", recordedAt, null, null, null,
                null, null, null, null, recordedAt, position(message)));
    }

    @EventHandler
    void on(FollowUpReportClosed e, EventMessage<?> message, @Timestamp Instant recordedAt) {
        long position = position(message);
        supersedeReport(e.reportId(), recordedAt, position, r -> new ReportRow(r.reportId(), r.year(), r.kind(),
                r.cutOff(), "CLOSED", r.openedAt(), recordedAt, position, message.getIdentifier(), null, null, null,
                null, recordedAt, position));
        // A shared replay buffers the version tables the report is built from (ADR 0140): write them first.
        positions.flush();
        ReportDocument frozen = builder.build(e.reportId(), recordedAt, true).orElseThrow();
        byte[] document = ReportJson.bytes(frozen);
        jdbc.update("INSERT INTO report_snapshot (report_id, closed_position, closed_at, document, sha256)"
                        + " VALUES (?, ?, ?, ?, ?)", e.reportId(), position, java.sql.Timestamp.from(recordedAt),
                document, sha256(document));
    }

    @EventHandler
    void on(FollowUpReportAdopted e, EventMessage<?> message, @Timestamp Instant recordedAt) {
        long position = position(message);
        supersedeReport(e.reportId(), recordedAt, position, r -> new ReportRow(r.reportId(), r.year(), r.kind(),
                r.cutOff(), "ADOPTED", r.openedAt(), r.closedAt(), r.closedPosition(), r.closedEventId(),
                e.decision().decidedBy(), e.decision().decidedOn(), e.decision().paragraph(),
                e.decision().caseNumber(), recordedAt, position));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM report_snapshot");
        jdbc.update("DELETE FROM indicator_value_version");
        jdbc.update("DELETE FROM assessment_version");
        jdbc.update("DELETE FROM follow_up_report_version");
    }

    /** Closes the report's current row at the event's recorded time and opens the changed one. */
    private void supersedeReport(UUID reportId, Instant recordedAt, long position, UnaryOperator<ReportRow> change) {
        ReportRow current = currentReport(reportId);
        rows.close(REPORTS, java.sql.Timestamp.from(recordedAt), reportId);
        insertReport(change.apply(current));
    }

    private void insertReport(ReportRow r) {
        Map<UUID, ReportRow> current = rows.replayMemory(REPORTS.table());
        if (current != null) {
            current.put(r.reportId(), r);
        }
        rows.insert(REPORTS, r.reportId(), r.year(), r.kind().name(), Date.valueOf(r.cutOff()), r.status(), timestamp(r.openedAt()),
                timestamp(r.closedAt()), r.closedPosition(), r.closedEventId(), r.decidedBy(),
                r.decidedOn() == null ? null : Date.valueOf(r.decidedOn()), r.paragraph(), r.caseNumber(),
                Date.valueOf(LocalDate.of(r.year(), 1, 1)), timestamp(r.recordedFrom()), r.recordedPosition());
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /** The report's open row: during a replay the one it last wrote, which is the open one (ADR 0180). */
    private ReportRow currentReport(UUID reportId) {
        Map<UUID, ReportRow> current = rows.replayMemory(REPORTS.table());
        if (current != null) {
            return Optional.ofNullable(current.get(reportId)).orElseThrow();
        }
        return jdbc.queryForObject("SELECT * FROM follow_up_report_version WHERE report_id = ? AND recorded_to IS NULL",
                FollowUpRows.REPORT, reportId);
    }

    private void insertValue(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                             GenderSplit split, String source, UUID supersedes, String reason, UUID lateFor,
                             UUID afterClosed, String recordedBy, String eventId, Instant recordedAt,
                             long position) {
        rows.insert(VALUES, valueId, indicatorId, unitId, period.kind().name(), period.year(), period.number(), value,
                split == null ? null : split.women(), split == null ? null : split.men(), source, supersedes, reason,
                lateFor, afterClosed, recordedBy, eventId, Date.valueOf(period.start()),
                Date.valueOf(period.end().plusDays(1)), java.sql.Timestamp.from(recordedAt), position);
    }

    /** The event's own position, never the token's: that is a later one when the event filled a gap (VersionWriter). */
    private long position(EventMessage<?> message) {
        return positions.positionOf(message.getIdentifier());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
