package se.styrledger.query.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.query.economy.EconomyQueries;
import se.styrledger.query.economy.UnitEconomy;
import se.styrledger.query.followup.FollowUpRows.ActivityRow;
import se.styrledger.query.followup.FollowUpRows.AssessmentRow;
import se.styrledger.query.followup.FollowUpRows.GoalRow;
import se.styrledger.query.followup.FollowUpRows.IndicatorRow;
import se.styrledger.query.followup.FollowUpRows.ReportRow;
import se.styrledger.query.followup.FollowUpRows.TargetRow;
import se.styrledger.query.followup.FollowUpRows.UnitRow;
import se.styrledger.query.followup.FollowUpRows.ValueRow;
import se.styrledger.query.followup.ReportDocument.ActivityLine;
import se.styrledger.query.followup.ReportDocument.AssessmentView;
import se.styrledger.query.followup.ReportDocument.ChangeLine;
import se.styrledger.query.followup.ReportDocument.DecisionRef;
import se.styrledger.query.followup.ReportDocument.GoalSection;
import se.styrledger.query.followup.ReportDocument.IndicatorLine;
import se.styrledger.query.followup.ReportDocument.LinkRef;
import se.styrledger.query.followup.ReportDocument.TargetView;
import se.styrledger.query.followup.ReportDocument.UnitSection;
import se.styrledger.query.followup.ReportDocument.ValueLine;
import se.styrledger.query.support.ReadTime;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a report from the follow-up tables as of its cut-off date, as known at an instant. The same code builds
 * the snapshot when a report closes (as known at the closing instant) and an open report's live view, so what a
 * closed report says is exactly what it said the moment before it closed.
 */
@Component
public class ReportBuilder {

    private static final String CORRECTED = "CORRECTED_AFTER_CLOSING";
    private static final String LATE = "LATE";

    /**
     * What a report of one year can name: every inriktningsmål and strategisk inriktning, its year's effektmål (of
     * one unit, when the unit parameter is given).
     */
    private static final String IN_SCOPE = "(%1$s IN ('STRATEGIC_DIRECTION', 'DIRECTION_GOAL')"
            + " OR (%1$s = 'EFFECT_GOAL' AND %2$s = ? AND (?::uuid IS NULL OR %3$s = ?)))";

    private final JdbcTemplate jdbc;
    private final EconomyQueries economy;

    public ReportBuilder(JdbcTemplate jdbc, EconomyQueries economy) {
        this.jdbc = jdbc;
        this.economy = economy;
    }

    /** The whole kommun's report as known at {@code knownAt}; empty if it was not yet opened then. */
    public Optional<ReportDocument> build(UUID reportId, Instant knownAt, boolean frozen) {
        return build(reportId, knownAt, frozen, null);
    }

    /**
     * The report as known at {@code knownAt}, with only {@code unitId}'s effektmål, their values and the changes to
     * that unit's figures when it is given (null: the whole kommun). A reader of one nämnd's part so waits for that
     * part, not for all of the kommun's; {@link ReportDocument#forUnit} then keeps the same part of the rest.
     */
    public Optional<ReportDocument> build(UUID reportId, Instant knownAt, boolean frozen, UUID unitId) {
        Optional<ReportRow> found = jdbc.query("SELECT * FROM follow_up_report_version WHERE report_id = ? AND"
                + FollowUpRows.KNOWN, FollowUpRows.REPORT, prepend(reportId, FollowUpRows.known(knownAt)))
                .stream().findFirst();
        return found.map(report -> build(report, knownAt, frozen, unitId));
    }

    private ReportDocument build(ReportRow report, Instant knownAt, boolean frozen, UUID unitId) {
        LocalDate cutOff = report.cutOff();
        int year = report.year();
        Object[] at = FollowUpRows.at(cutOff, knownAt);
        Map<UUID, UnitRow> units = units(cutOff, knownAt);
        // Only the year's effektmål and what hangs on them, and every inriktningsmål and strategisk inriktning (few,
        // and named by links): reading the whole history's goals and aktiviteter made a report slower every year.
        Map<UUID, GoalRow> goals = byId(jdbc.query("SELECT * FROM report_goal_version WHERE" + FollowUpRows.AT
                        + " AND " + IN_SCOPE.formatted("kind", "from_year", "owner_unit_id"), FollowUpRows.GOAL,
                        append(at, year, unitId, unitId)),
                GoalRow::goalId);
        Map<UUID, List<TargetRow>> targets = jdbc.query("SELECT * FROM report_target_version WHERE attached AND"
                        + FollowUpRows.AT + " AND goal_id IN (SELECT g.goal_id FROM report_goal_version g WHERE "
                        + IN_SCOPE.formatted("g.kind", "g.from_year", "g.owner_unit_id") + ")", FollowUpRows.TARGET,
                        append(at, year, unitId, unitId))
                .stream().collect(Collectors.groupingBy(TargetRow::goalId));
        Map<UUID, List<ActivityRow>> activities = jdbc.query("SELECT * FROM report_activity_version WHERE"
                        + FollowUpRows.AT + " AND effect_goal_id IN (SELECT g.goal_id FROM report_goal_version g"
                        + " WHERE g.kind = 'EFFECT_GOAL' AND g.from_year = ?"
                        + " AND (?::uuid IS NULL OR g.owner_unit_id = ?))", FollowUpRows.ACTIVITY,
                append(at, year, unitId, unitId)).stream()
                .collect(Collectors.groupingBy(ActivityRow::effectGoalId));
        Map<SeriesKey, List<ValueRow>> series = inTimeOrder(jdbc.query("SELECT * FROM indicator_value_version WHERE"
                        + FollowUpRows.KNOWN + " AND valid_to <= ? AND period_year BETWEEN ? AND ?"
                        + " AND (?::uuid IS NULL OR unit_id = ?)", FollowUpRows.VALUE,
                        append(FollowUpRows.known(knownAt), Date.valueOf(cutOff.plusDays(1)), year - 1, year, unitId,
                                unitId)));
        Map<UUID, AssessmentRow> assessments = byId(jdbc.query("SELECT * FROM assessment_version WHERE report_id = ?"
                + " AND" + FollowUpRows.KNOWN, FollowUpRows.ASSESSMENT,
                prepend(report.reportId(), FollowUpRows.known(knownAt))), AssessmentRow::goalId);
        Map<UUID, ReportRow> reports = byId(jdbc.query("SELECT * FROM follow_up_report_version WHERE"
                + FollowUpRows.KNOWN, FollowUpRows.REPORT, FollowUpRows.known(knownAt)), ReportRow::reportId);
        List<ValueRow> changed = changedSinceTheReportBefore(report, knownAt, reports).stream()
                .filter(v -> unitId == null || unitId.equals(v.unitId())).toList();
        Set<UUID> named = new HashSet<>();
        targets.values().forEach(list -> list.forEach(t -> named.add(t.indicatorId())));
        changed.forEach(v -> named.add(v.indicatorId()));
        Map<UUID, IndicatorRow> indicators = byId(jdbc.query("SELECT * FROM report_indicator_version WHERE"
                        + FollowUpRows.AT + " AND indicator_id = ANY (?::uuid[])", FollowUpRows.INDICATOR,
                append(at, (Object) named.stream().map(UUID::toString).toArray(String[]::new))),
                IndicatorRow::indicatorId);
        Map<UUID, BigDecimal> superseded = supersededValues(series.values().stream().flatMap(List::stream).toList());

        Context context = new Context(year, cutOff, goals, targets, activities, indicators, series, assessments,
                reports, superseded);

        List<GoalSection> directionGoals = goals.values().stream()
                .filter(g -> g.kind().equals(ScopeTables.GoalKind.DIRECTION_GOAL.name()))
                .filter(g -> g.fromYear() != null && g.fromYear() <= year && year <= g.toYear())
                .sorted(Comparator.comparing(GoalRow::title).thenComparing(GoalRow::goalId))
                .map(g -> section(g, context))
                .toList();
        Map<UUID, List<GoalRow>> effectGoalsByUnit = goals.values().stream()
                .filter(g -> g.kind().equals(ScopeTables.GoalKind.EFFECT_GOAL.name()))
                .filter(g -> Objects.equals(g.fromYear(), year))
                .collect(Collectors.groupingBy(GoalRow::ownerUnitId));
        List<UnitSection> unitSections = effectGoalsByUnit.entrySet().stream()
                .map(entry -> {
                    UnitRow unit = units.get(entry.getKey());
                    String name = unit == null ? "okänd enhet " + entry.getKey() : unit.name();
                    UnitKind kind = unit == null ? UnitKind.COMMITTEE : unit.kind();
                    return new UnitSection(entry.getKey(), name, kind.name(), kind.swedish(), entry.getValue().stream()
                            .sorted(Comparator.comparing(GoalRow::title).thenComparing(GoalRow::goalId))
                            .map(g -> section(g, context)).toList());
                })
                .sorted(Comparator.comparing(UnitSection::name).thenComparing(UnitSection::unitId))
                .toList();

        return new ReportDocument(ReportDocument.FORMAT, report.reportId(), report.kind().name(),
                report.kind().swedish(), report.title(), year, cutOff, report.status(), report.statusLabel(), frozen,
                knownAt, report.closedPosition(), report.closedEventId(), null,
                directionGoals, unitSections, changesAfterClosing(changed, units, indicators, reports),
                economy(year, cutOff, knownAt, units));
    }

    /** each nämnd's ram, utfall, prognos and avvikelse as of the cut-off, named as the report names units. */
    private List<UnitEconomy> economy(int year, LocalDate cutOff, Instant knownAt, Map<UUID, UnitRow> units) {
        return economy.year(year, null, new ReadTime(cutOff, knownAt),
                unitId -> Optional.ofNullable(units.get(unitId)).map(UnitRow::name).orElse(null));
    }

    private record Context(int year, LocalDate cutOff, Map<UUID, GoalRow> goals, Map<UUID, List<TargetRow>> targets,
                           Map<UUID, List<ActivityRow>> activities, Map<UUID, IndicatorRow> indicators,
                           Map<SeriesKey, List<ValueRow>> series, Map<UUID, AssessmentRow> assessments,
                           Map<UUID, ReportRow> reports, Map<UUID, BigDecimal> superseded) {
    }

    private GoalSection section(GoalRow goal, Context c) {
        boolean effectGoal = goal.kind().equals(ScopeTables.GoalKind.EFFECT_GOAL.name());
        GoalRow parent = goal.parentId() == null ? null : c.goals().get(goal.parentId());
        List<LinkRef> links = goal.links().stream()
                .map(id -> new LinkRef(id, Optional.ofNullable(c.goals().get(id)).map(GoalRow::title).orElse(null)))
                .toList();
        List<ActivityLine> activities = c.activities().getOrDefault(goal.goalId(), List.of()).stream()
                .sorted(Comparator.comparing(ActivityRow::dueDate).thenComparing(ActivityRow::title)
                        .thenComparing(ActivityRow::activityId))
                .map(a -> new ActivityLine(a.activityId(), a.title(), a.responsible(), a.dueDate(), a.status().name(),
                        a.status().swedish(), a.statusComment(),
                        !a.status().isClosed() && a.dueDate().isBefore(c.cutOff())))
                .toList();
        List<IndicatorLine> indicators = c.targets().getOrDefault(goal.goalId(), List.of()).stream()
                .filter(t -> c.indicators().containsKey(t.indicatorId()))
                .map(t -> indicatorLine(t, c.indicators().get(t.indicatorId()), goal.ownerUnitId(), c))
                .sorted(Comparator.comparing(IndicatorLine::name).thenComparing(IndicatorLine::indicatorId))
                .toList();
        AssessmentRow assessed = c.assessments().get(goal.goalId());
        AssessmentView assessment = assessed == null ? null : assessment(assessed);
        ScopeTables.GoalKind kind = ScopeTables.GoalKind.valueOf(goal.kind());
        return new GoalSection(goal.goalId(), kind.name(), kind.swedish, goal.ownerUnitId(), goal.title(),
                parent == null ? null : parent.title(), effectGoal ? goal.targetGroup() : null, goal.intendedEffect(),
                goal.imposed(), goal.withdrawn(), goal.withdrawn() ? "upphävt" : "gäller",
                new DecisionRef(goal.decidedOn(), goal.paragraph(), goal.caseNumber()), links, activities, indicators,
                assessment);
    }

    private IndicatorLine indicatorLine(TargetRow target, IndicatorRow indicator, UUID unitId, Context c) {
        List<ValueRow> all = c.series().getOrDefault(seriesKey(indicator.indicatorId(), unitId), List.of());
        List<ValueLine> values = all.stream().filter(v -> v.period().year() == c.year())
                .map(v -> valueLine(v, c.reports(), c.superseded())).toList();
        ReportDocument.Computed computed = IndicatorReading.read(indicator.direction(), target.value(),
                all.stream().map(v -> new IndicatorReading.Point(v.period(), v.value())).toList(), c.year());
        return new IndicatorLine(indicator.indicatorId(), indicator.name(), indicator.unitOfMeasure(),
                indicator.direction().name(), indicator.direction().swedish(), indicator.source().swedish(),
                indicator.koladaKpiId(), new TargetView(target.value(), Labels.period(target.period()),
                target.eventId()), values, computed);
    }

    static ValueLine valueLine(ValueRow v, Map<UUID, ReportRow> reports, Map<UUID, BigDecimal> superseded) {
        String mark = null;
        UUID markReport = null;
        if (v.afterClosedReportId() != null) {
            mark = CORRECTED;
            markReport = v.afterClosedReportId();
        } else if (v.lateForReportId() != null) {
            mark = LATE;
            markReport = v.lateForReportId();
        }
        return new ValueLine(v.valueId(), Labels.period(v.period()), v.value(), v.women(), v.men(), v.source(),
                v.recordedFrom(), v.recordedPosition(), v.eventId(), v.supersedesValueId(),
                v.supersedesValueId() == null ? null : superseded.get(v.supersedesValueId()), v.reason(), mark,
                markLabel(mark, markReport, reports), markReport);
    }

    private static String markLabel(String mark, UUID reportId, Map<UUID, ReportRow> reports) {
        if (mark == null) {
            return null;
        }
        String report = Optional.ofNullable(reports.get(reportId)).map(r -> " (" + r.title().toLowerCase(Labels.SWEDISH)
                + ")").orElse("");
        return (mark.equals(CORRECTED) ? "korrigerat efter stängning" : "rapporterat efter stängning") + report;
    }

    private static AssessmentView assessment(AssessmentRow a) {
        AttainmentLevel level = AttainmentLevel.valueOf(a.level());
        return new AssessmentView(a.assessmentId(), level.name(), level.swedish(), level.colour(), a.analysis(),
                a.assessedBy(), a.recordedFrom(), a.recordedPosition(), a.eventId());
    }

    /**
     * Corrections and late values recorded since the report before this one was closed (the nearest earlier report,
     * by year and cut-off, closed by {@code knownAt}), each touching a report already closed when it was recorded.
     * So each such change appears in the next report after it, once.
     */
    private List<ValueRow> changedSinceTheReportBefore(ReportRow report, Instant knownAt,
                                                       Map<UUID, ReportRow> reports) {
        Comparator<ReportRow> sequence = Comparator.comparingInt(ReportRow::year).thenComparing(ReportRow::cutOff);
        Instant since = reports.values().stream()
                .filter(r -> sequence.compare(r, report) < 0 && r.closedAt() != null && !r.closedAt().isAfter(knownAt))
                .max(sequence).map(ReportRow::closedAt).orElse(Instant.EPOCH);
        return jdbc.query("SELECT * FROM indicator_value_version WHERE (late_for_report_id IS NOT NULL"
                        + " OR after_closed_report_id IS NOT NULL) AND recorded_from > ? AND recorded_from <= ?"
                        + " ORDER BY recorded_position", FollowUpRows.VALUE, Timestamp.from(since),
                Timestamp.from(knownAt));
    }

    private List<ChangeLine> changesAfterClosing(List<ValueRow> changed, Map<UUID, UnitRow> units,
                                                 Map<UUID, IndicatorRow> indicators, Map<UUID, ReportRow> reports) {
        Map<UUID, BigDecimal> previous = supersededValues(changed);
        List<ChangeLine> lines = new ArrayList<>();
        for (ValueRow v : changed) {
            boolean correction = v.afterClosedReportId() != null;
            UUID closed = correction ? v.afterClosedReportId() : v.lateForReportId();
            ReportRow closedReport = reports.get(closed);
            String closedTitle = closedReport == null ? null : closedReport.title();
            IndicatorRow indicator = indicators.get(v.indicatorId());
            UnitRow unit = units.get(v.unitId());
            lines.add(new ChangeLine(correction ? CORRECTED : LATE,
                    correction ? "korrigerat efter stängning" : "rapporterat efter stängning", v.valueId(),
                    v.indicatorId(), indicator == null ? null : indicator.name(), v.unitId(),
                    unit == null ? null : unit.name(), Labels.period(v.period()), v.supersedesValueId(),
                    v.supersedesValueId() == null ? null : previous.get(v.supersedesValueId()), v.value(), v.reason(),
                    closed, closedTitle, v.recordedFrom(), v.recordedPosition(), v.eventId()));
        }
        return lines;
    }

    /** The units as of the cut-off, and for units established later, as they were last known. */
    private Map<UUID, UnitRow> units(LocalDate cutOff, Instant knownAt) {
        Map<UUID, UnitRow> units = new HashMap<>();
        jdbc.query("SELECT * FROM report_unit_version WHERE" + FollowUpRows.KNOWN + " ORDER BY valid_from",
                FollowUpRows.UNIT, FollowUpRows.known(knownAt)).forEach(u -> units.putIfAbsent(u.unitId(), u));
        jdbc.query("SELECT * FROM report_unit_version WHERE" + FollowUpRows.AT, FollowUpRows.UNIT,
                FollowUpRows.at(cutOff, knownAt)).forEach(u -> units.put(u.unitId(), u));
        return units;
    }

    private Map<UUID, BigDecimal> supersededValues(List<ValueRow> values) {
        String[] ids = values.stream().map(ValueRow::supersedesValueId).filter(Objects::nonNull).distinct()
                .map(UUID::toString).toArray(String[]::new);
        Map<UUID, BigDecimal> found = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query("SELECT value_id, value FROM indicator_value_version WHERE value_id = ANY (?::uuid[])",
                    rs -> {
                        found.put(rs.getObject("value_id", UUID.class), rs.getBigDecimal("value"));
                    }, (Object) ids);
        }
        return found;
    }

    /** An indicator's values for one unit. */
    record SeriesKey(UUID indicatorId, UUID unitId) {
    }

    static SeriesKey seriesKey(UUID indicatorId, UUID unitId) {
        return new SeriesKey(indicatorId, unitId);
    }

    /**
     * Values by series, each in time order: by the period's last day, then its first, ties in the order read. The
     * days are computed once per value and each series is sorted on its own: sorting all of a kommun's values with
     * the days computed in every comparison took a quarter of a whole-kommun report's time (issue 19).
     */
    private static Map<SeriesKey, List<ValueRow>> inTimeOrder(List<ValueRow> values) {
        record Dated(LocalDate end, LocalDate start, ValueRow value) {
        }
        Map<SeriesKey, List<Dated>> bySeries = new HashMap<>();
        for (ValueRow v : values) {
            bySeries.computeIfAbsent(seriesKey(v.indicatorId(), v.unitId()), key -> new ArrayList<>())
                    .add(new Dated(v.period().end(), v.period().start(), v));
        }
        Comparator<Dated> order = Comparator.comparing(Dated::end).thenComparing(Dated::start);
        Map<SeriesKey, List<ValueRow>> series = new HashMap<>();
        bySeries.forEach((key, dated) -> {
            dated.sort(order);
            series.put(key, dated.stream().map(Dated::value).toList());
        });
        return series;
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return map;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] append(Object[] base, Object... more) {
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
