package se.styrledger.query.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.followup.FollowUpRows.GoalRow;
import se.styrledger.query.followup.FollowUpRows.IndicatorRow;
import se.styrledger.query.followup.FollowUpRows.ReportRow;
import se.styrledger.query.followup.FollowUpRows.TargetRow;
import se.styrledger.query.followup.FollowUpRows.UnitRow;
import se.styrledger.query.followup.FollowUpRows.ValueRow;
import se.styrledger.query.support.PeriodLabels;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Builds the monthly nyckeltalsrapport from the follow-up tables, as of the month's last day. */
@Component
public class KeyFigureBuilder {

    private final JdbcTemplate jdbc;

    public KeyFigureBuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public KeyFigureReport build(YearMonth month, Instant knownAt, UUID unitId) {
        LocalDate end = month.atEndOfMonth();
        YearMonth before = month.minusMonths(1);
        Object[] at = FollowUpRows.at(end, knownAt);
        Map<UUID, UnitRow> units = new HashMap<>();
        jdbc.query("SELECT * FROM report_unit_version WHERE" + FollowUpRows.KNOWN + " ORDER BY valid_from",
                FollowUpRows.UNIT, FollowUpRows.known(knownAt)).forEach(u -> units.putIfAbsent(u.unitId(), u));
        jdbc.query("SELECT * FROM report_unit_version WHERE" + FollowUpRows.AT, FollowUpRows.UNIT, at)
                .forEach(u -> units.put(u.unitId(), u));
        Map<UUID, IndicatorRow> indicators = new HashMap<>();
        jdbc.query("SELECT * FROM report_indicator_version WHERE" + FollowUpRows.AT, FollowUpRows.INDICATOR, at)
                .forEach(i -> indicators.put(i.indicatorId(), i));
        Map<UUID, GoalRow> goals = new HashMap<>();
        jdbc.query("SELECT * FROM report_goal_version WHERE" + FollowUpRows.AT, FollowUpRows.GOAL, at)
                .forEach(g -> goals.put(g.goalId(), g));
        List<TargetRow> targets = jdbc.query("SELECT * FROM report_target_version WHERE attached AND" + FollowUpRows.AT,
                FollowUpRows.TARGET, at);
        Map<UUID, ReportRow> reports = new HashMap<>();
        jdbc.query("SELECT * FROM follow_up_report_version WHERE" + FollowUpRows.KNOWN, FollowUpRows.REPORT,
                FollowUpRows.known(knownAt)).forEach(r -> reports.put(r.reportId(), r));
        List<ValueRow> values = monthValues(month, knownAt);
        Map<ReportBuilder.SeriesKey, ValueRow> previous = new HashMap<>();
        monthValues(before, knownAt).forEach(v -> previous.put(ReportBuilder.seriesKey(v.indicatorId(), v.unitId()), v));
        Map<UUID, BigDecimal> superseded = new HashMap<>();
        String[] supersededIds = values.stream().map(ValueRow::supersedesValueId).filter(Objects::nonNull)
                .map(UUID::toString).toArray(String[]::new);
        if (supersededIds.length > 0) {
            jdbc.query("SELECT value_id, value FROM indicator_value_version WHERE value_id = ANY (?::uuid[])",
                    rs -> {
                        superseded.put(rs.getObject("value_id", UUID.class), rs.getBigDecimal("value"));
                    }, (Object) supersededIds);
        }

        List<KeyFigureReport.Line> lines = new ArrayList<>();
        for (ValueRow v : values) {
            if (unitId != null && !unitId.equals(v.unitId()) || !indicators.containsKey(v.indicatorId())) {
                continue;
            }
            IndicatorRow indicator = indicators.get(v.indicatorId());
            ValueRow prior = previous.get(ReportBuilder.seriesKey(v.indicatorId(), v.unitId()));
            List<IndicatorReading.Point> series = new ArrayList<>();
            if (prior != null) {
                series.add(new IndicatorReading.Point(prior.period(), prior.value()));
            }
            series.add(new IndicatorReading.Point(v.period(), v.value()));
            ReportDocument.Computed trend = IndicatorReading.read(indicator.direction(), null, series, month.getYear());
            List<KeyFigureReport.GoalTarget> goalTargets = targets.stream()
                    .filter(t -> t.indicatorId().equals(v.indicatorId()))
                    .filter(t -> goals.containsKey(t.goalId()) && v.unitId().equals(goals.get(t.goalId()).ownerUnitId()))
                    .filter(t -> covers(goals.get(t.goalId()), month.getYear()))
                    .map(t -> {
                        ReportDocument.Computed position = IndicatorReading.read(indicator.direction(), t.value(),
                                series, month.getYear());
                        return new KeyFigureReport.GoalTarget(t.goalId(), goals.get(t.goalId()).title(), t.value(),
                                Labels.period(t.period()), position.position(), position.positionLabel(), t.eventId());
                    })
                    .sorted(Comparator.comparing(KeyFigureReport.GoalTarget::goalTitle)
                            .thenComparing(KeyFigureReport.GoalTarget::goalId))
                    .toList();
            ReportDocument.ValueLine line = ReportBuilder.valueLine(v, reports, superseded);
            UnitRow unit = units.get(v.unitId());
            lines.add(new KeyFigureReport.Line(v.unitId(), unit == null ? null : unit.name(), v.indicatorId(),
                    indicator.name(), indicator.unitOfMeasure(), indicator.direction().swedish(),
                    indicator.koladaKpiId(), v.valueId(), v.value(), v.women(), v.men(), v.source(), line.mark(),
                    line.markLabel(), v.supersedesValueId(), line.supersededValue(), v.reason(),
                    prior == null ? null : prior.value(), trend.trend(), trend.trendLabel(), goalTargets,
                    v.recordedFrom(), v.recordedPosition(), v.eventId()));
        }
        lines.sort(Comparator.comparing((KeyFigureReport.Line l) -> Objects.toString(l.unitName(), ""))
                .thenComparing(KeyFigureReport.Line::indicatorName).thenComparing(KeyFigureReport.Line::valueId));
        String title = "Nyckeltalsrapport " + PeriodLabels.MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear()
                + (unitId == null || units.get(unitId) == null ? "" : " – " + units.get(unitId).name());
        return new KeyFigureReport(KeyFigureReport.FORMAT, month.getYear(), month.getMonthValue(), title, knownAt,
                unitId, lines);
    }

    private List<ValueRow> monthValues(YearMonth month, Instant knownAt) {
        return jdbc.query("SELECT * FROM indicator_value_version WHERE" + FollowUpRows.KNOWN
                        + " AND period_kind = 'MONTH' AND period_year = ? AND period_number = ?", FollowUpRows.VALUE,
                java.sql.Timestamp.from(knownAt), java.sql.Timestamp.from(knownAt), month.getYear(),
                month.getMonthValue());
    }

    /** An effektmål of the year, or an inriktningsmål whose years include it. */
    private static boolean covers(GoalRow goal, int year) {
        return goal.fromYear() != null && goal.toYear() != null && goal.fromYear() <= year && year <= goal.toYear();
    }
}
