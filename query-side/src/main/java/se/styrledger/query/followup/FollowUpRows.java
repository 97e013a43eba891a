package se.styrledger.query.followup;

import org.springframework.jdbc.core.RowMapper;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.organisation.UnitKind;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Rows of the follow-up tables, as the report builder and the queries read them. */
final class FollowUpRows {

    private FollowUpRows() {
    }

    /** A read at a point on both axes, for the version tables: as of a date, as known at an instant. */
    static final String AT = " recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)"
            + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

    /** Only the recorded axis: what was known at an instant. */
    static final String KNOWN = " recorded_from <= ? AND (recorded_to IS NULL OR recorded_to > ?)";

    static Object[] at(LocalDate asOf, Instant knownAt) {
        return new Object[]{Timestamp.from(knownAt), Timestamp.from(knownAt), Date.valueOf(asOf), Date.valueOf(asOf)};
    }

    static Object[] known(Instant knownAt) {
        return new Object[]{Timestamp.from(knownAt), Timestamp.from(knownAt)};
    }

    record ReportRow(UUID reportId, int year, FollowUpReportKind kind, LocalDate cutOff, String status,
                     Instant openedAt, Instant closedAt, Long closedPosition, String closedEventId, UUID decidedBy,
                     LocalDate decidedOn, String paragraph, String caseNumber, Instant recordedFrom,
                     long recordedPosition) {

        String title() {
            return Labels.reportTitle(kind, year);
        }

        String statusLabel() {
            return switch (status) {
                case "OPEN" -> "öppen";
                case "CLOSED" -> "stängd";
                default -> kind.councilDecided() + " av kommunfullmäktige";
            };
        }
    }

    record UnitRow(UUID unitId, String name, UnitKind kind, UUID parentId, boolean dissolved) {
    }

    record GoalRow(UUID goalId, String kind, UUID ownerUnitId, UUID parentId, Integer fromYear, Integer toYear,
                   String title, String targetGroup, String intendedEffect, List<UUID> links, boolean imposed,
                   boolean withdrawn, String paragraph, String caseNumber, LocalDate decidedOn) {
    }

    record TargetRow(UUID goalId, UUID indicatorId, BigDecimal value, Period period, String eventId) {
    }

    record ActivityRow(UUID activityId, UUID effectGoalId, String title, String responsible, LocalDate dueDate,
                       ActivityStatus status, String statusComment) {
    }

    record IndicatorRow(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                        IndicatorSource source, String koladaKpiId) {
    }

    record ValueRow(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value, BigDecimal women,
                    BigDecimal men, String source, UUID supersedesValueId, String reason, UUID lateForReportId,
                    UUID afterClosedReportId, String recordedBy, String eventId, Instant recordedFrom,
                    Instant recordedTo, long recordedPosition) {
    }

    record AssessmentRow(UUID assessmentId, UUID reportId, UUID goalId, String level, String analysis,
                         String assessedBy, String recordedBy, String eventId, Instant recordedFrom,
                         long recordedPosition) {
    }

    static final RowMapper<ReportRow> REPORT = (rs, n) -> new ReportRow(uuid(rs, "report_id"), rs.getInt("year"),
            FollowUpReportKind.valueOf(rs.getString("kind")), date(rs, "cut_off"), rs.getString("status"),
            instant(rs, "opened_at"), instant(rs, "closed_at"), (Long) rs.getObject("closed_position"),
            rs.getString("closed_event_id"), uuid(rs, "decided_by"), date(rs, "decided_on"), rs.getString("paragraph"),
            rs.getString("case_number"), instant(rs, "recorded_from"), rs.getLong("recorded_position"));

    static final RowMapper<UnitRow> UNIT = (rs, n) -> new UnitRow(uuid(rs, "unit_id"), rs.getString("name"),
            UnitKind.valueOf(rs.getString("kind")), uuid(rs, "parent_id"), rs.getBoolean("dissolved"));

    static final RowMapper<GoalRow> GOAL = (rs, n) -> new GoalRow(uuid(rs, "goal_id"), rs.getString("kind"),
            uuid(rs, "owner_unit_id"), uuid(rs, "parent_id"), (Integer) rs.getObject("from_year"),
            (Integer) rs.getObject("to_year"), rs.getString("title"), rs.getString("target_group"),
            rs.getString("intended_effect"), links(rs.getString("linked_goal_ids")), rs.getBoolean("imposed"),
            rs.getBoolean("withdrawn"), rs.getString("paragraph"), rs.getString("case_number"),
            date(rs, "decided_on"));

    static final RowMapper<TargetRow> TARGET = (rs, n) -> new TargetRow(uuid(rs, "goal_id"), uuid(rs, "indicator_id"),
            rs.getBigDecimal("target_value"), rs.getString("period_kind") == null ? null
            : Labels.period(rs.getString("period_kind"), rs.getInt("period_year"), rs.getInt("period_number")),
            rs.getString("event_id"));

    static final RowMapper<ActivityRow> ACTIVITY = (rs, n) -> new ActivityRow(uuid(rs, "activity_id"),
            uuid(rs, "effect_goal_id"), rs.getString("title"), rs.getString("responsible"), date(rs, "due_date"),
            ActivityStatus.valueOf(rs.getString("status")), rs.getString("status_comment"));

    static final RowMapper<IndicatorRow> INDICATOR = (rs, n) -> new IndicatorRow(uuid(rs, "indicator_id"),
            rs.getString("name"), rs.getString("unit_of_measure"), IndicatorDirection.valueOf(rs.getString("direction")),
            IndicatorSource.valueOf(rs.getString("source")), rs.getString("kolada_kpi_id"));

    static final RowMapper<ValueRow> VALUE = (rs, n) -> new ValueRow(uuid(rs, "value_id"), uuid(rs, "indicator_id"),
            uuid(rs, "unit_id"), Labels.period(rs.getString("period_kind"), rs.getInt("period_year"),
            rs.getInt("period_number")), rs.getBigDecimal("value"), rs.getBigDecimal("women"), rs.getBigDecimal("men"),
            rs.getString("source"), uuid(rs, "supersedes_value_id"), rs.getString("reason"),
            uuid(rs, "late_for_report_id"), uuid(rs, "after_closed_report_id"), rs.getString("recorded_by"),
            rs.getString("event_id"), instant(rs, "recorded_from"), instant(rs, "recorded_to"),
            rs.getLong("recorded_position"));

    static final RowMapper<AssessmentRow> ASSESSMENT = (rs, n) -> new AssessmentRow(uuid(rs, "assessment_id"),
            uuid(rs, "report_id"), uuid(rs, "goal_id"), rs.getString("level"), rs.getString("analysis"),
            rs.getString("assessed_by"), rs.getString("recorded_by"), rs.getString("event_id"),
            instant(rs, "recorded_from"), rs.getLong("recorded_position"));

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<UUID> links(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(UUID::fromString).toList();
    }
}
