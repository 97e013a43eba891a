package se.styrledger.query.followup;

import se.styrledger.events.Decision;
import se.styrledger.events.indicators.Period;
import se.styrledger.query.activities.ActivityProjection.ActivityState;
import se.styrledger.query.indicators.IndicatorProjection.IndicatorState;
import se.styrledger.query.organisation.UnitProjection.UnitState;
import se.styrledger.query.support.VersionTable;

import java.sql.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The röd tråd as a report needs it — units, goals, målvärden, activities, indicators — kept by the follow-up
 * processing group itself, so a snapshot never depends on how far another projection has got (ADR 0040). Units,
 * activities and indicators are the red thread's own states, mapped to the columns a report reads (ADR 0170).
 */
final class ScopeTables {

    private ScopeTables() {
    }

    enum GoalKind {
        STRATEGIC_DIRECTION("strategisk inriktning"),
        DIRECTION_GOAL("inriktningsmål"),
        EFFECT_GOAL("effektmål");

        final String swedish;

        GoalKind(String swedish) {
            this.swedish = swedish;
        }
    }

    /**
     * @param ownerUnitId effektmål: the nämnd or bolag; inriktningsmål: the body that adopted it (KF)
     * @param parentId    inriktningsmål: its strategisk inriktning
     * @param links       effektmål: the inriktningsmål it links to
     */
    record GoalState(GoalKind kind, UUID ownerUnitId, UUID parentId, Integer fromYear, Integer toYear, String title,
                     String targetGroup, String intendedEffect, List<UUID> links, boolean imposed, boolean withdrawn,
                     Decision decision) {
    }

    record TargetState(UUID goalId, UUID indicatorId, boolean attached, java.math.BigDecimal value, Period period,
                       String eventId) {
    }

    static final VersionTable<UnitState> UNITS = table("report_unit_version", "unit_id",
            List.of("name", "kind", "parent_id", "dissolved"),
            s -> new Object[]{s.name(), s.kind().name(), s.parentId(), s.dissolved()});

    static final VersionTable<GoalState> GOALS = table("report_goal_version", "goal_id",
            List.of("kind", "owner_unit_id", "parent_id", "from_year", "to_year", "title", "target_group",
                    "intended_effect", "linked_goal_ids", "imposed", "withdrawn", "paragraph", "case_number",
                    "decided_on"),
            s -> new Object[]{s.kind().name(), s.ownerUnitId(), s.parentId(), s.fromYear(), s.toYear(), s.title(),
                    s.targetGroup(), s.intendedEffect(),
                    s.links().stream().map(UUID::toString).collect(Collectors.joining(",")), s.imposed(),
                    s.withdrawn(), s.decision().paragraph(), s.decision().caseNumber(),
                    Date.valueOf(s.decision().decidedOn())});

    static final VersionTable<TargetState> TARGETS = table("report_target_version", "target_id",
            List.of("goal_id", "indicator_id", "attached", "target_value", "period_kind", "period_year",
                    "period_number", "event_id"),
            s -> new Object[]{s.goalId(), s.indicatorId(), s.attached(), s.value(),
                    s.period() == null ? null : s.period().kind().name(),
                    s.period() == null ? null : s.period().year(),
                    s.period() == null ? null : s.period().number(), s.eventId()});

    static final VersionTable<ActivityState> ACTIVITIES = table("report_activity_version", "activity_id",
            List.of("effect_goal_id", "title", "responsible", "due_date", "status", "status_comment", "imposed"),
            s -> new Object[]{s.effectGoalId(), s.title(), s.responsible(), Date.valueOf(s.dueDate()),
                    s.status().name(), s.statusComment(), s.imposedByCouncil()});

    static final VersionTable<IndicatorState> INDICATORS = table("report_indicator_version", "indicator_id",
            List.of("name", "unit_of_measure", "direction", "source", "kolada_kpi_id"),
            s -> new Object[]{s.name(), s.unitOfMeasure(), s.direction().name(), s.source().name(), s.koladaKpiId()});

    /** The id of a målvärde: one per goal and indicator. */
    static UUID targetId(UUID goalId, UUID indicatorId) {
        return UUID.nameUUIDFromBytes(("target:" + goalId + ":" + indicatorId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static <S> VersionTable<S> table(String name, String idColumn, List<String> columns,
                                             java.util.function.Function<S, Object[]> values) {
        return new VersionTable<>() {
            @Override
            public String table() {
                return name;
            }

            @Override
            public String idColumn() {
                return idColumn;
            }

            @Override
            public List<String> stateColumns() {
                return columns;
            }

            @Override
            public Object[] stateValues(S state) {
                return values.apply(state);
            }
        };
    }
}
