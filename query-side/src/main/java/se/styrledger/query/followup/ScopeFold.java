package se.styrledger.query.followup;

import org.axonframework.eventhandling.DomainEventMessage;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.query.followup.ScopeTables.ActivityState;
import se.styrledger.query.followup.ScopeTables.GoalKind;
import se.styrledger.query.followup.ScopeTables.GoalState;
import se.styrledger.query.followup.ScopeTables.IndicatorState;
import se.styrledger.query.followup.ScopeTables.TargetState;
import se.styrledger.query.followup.ScopeTables.UnitState;
import se.styrledger.query.support.Timeline.Change;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Turns one aggregate's events into changes per entity, for each scope table. It does not assume which aggregate
 * holds which event: whatever entities a stream touches get their changes. A change without a decision date (an
 * activity's or indicator's revision) takes effect on the day it was recorded, in the kommun's calendar.
 */
final class ScopeFold {

    /** An indicator's definition has no decision date: it describes the measure from the start. */
    static final LocalDate SINCE_ALWAYS = LocalDate.of(1900, 1, 1);

    final Map<UUID, List<Change<UnitState>>> units = new LinkedHashMap<>();
    final Map<UUID, List<Change<GoalState>>> goals = new LinkedHashMap<>();
    final Map<UUID, List<Change<TargetState>>> targets = new LinkedHashMap<>();
    final Map<UUID, List<Change<ActivityState>>> activities = new LinkedHashMap<>();
    final Map<UUID, List<Change<IndicatorState>>> indicators = new LinkedHashMap<>();

    private final ZoneId zone;

    ScopeFold(ZoneId zone) {
        this.zone = zone;
    }

    static ScopeFold of(List<DomainEventMessage<?>> stream, ZoneId zone) {
        ScopeFold fold = new ScopeFold(zone);
        stream.forEach(fold::add);
        return fold;
    }

    private static <S> void change(Map<UUID, List<Change<S>>> into, UUID id, LocalDate on, long seq,
                                   UnaryOperator<S> apply) {
        into.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change<>(on, seq, apply));
    }

    private void add(DomainEventMessage<?> message) {
        Object p = message.getPayload();
        long seq = message.getSequenceNumber();
        LocalDate recordedOn = LocalDate.ofInstant(message.getTimestamp(), zone);
        if (p instanceof UnitEstablished e) {
            change(units, e.unitId(), e.decision().effectiveFrom(), seq,
                    s -> new UnitState(e.name(), e.kind(), e.parentId(), false));
        } else if (p instanceof UnitRenamed e) {
            change(units, e.unitId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(e.name(), s.kind(), s.parentId(), s.dissolved()));
        } else if (p instanceof UnitMoved e) {
            change(units, e.unitId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(s.name(), s.kind(), e.parentId(), s.dissolved()));
        } else if (p instanceof UnitDissolved e) {
            change(units, e.unitId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(s.name(), s.kind(), s.parentId(), true));
        } else if (p instanceof StrategicDirectionAdopted e) {
            change(goals, e.directionId(), e.decision().effectiveFrom(), seq,
                    s -> new GoalState(GoalKind.STRATEGIC_DIRECTION, e.decision().decidedBy(), e.visionId(), null,
                            null, e.name(), null, String.join(", ", e.themes() == null ? List.of() : e.themes()),
                            List.of(), false, false, e.decision()));
        } else if (p instanceof StrategicDirectionRevised e) {
            change(goals, e.directionId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new GoalState(s.kind(), s.ownerUnitId(), s.parentId(), null, null,
                            e.name(), null, String.join(", ", e.themes() == null ? List.of() : e.themes()),
                            List.of(), false, s.withdrawn(), e.decision()));
        } else if (p instanceof StrategicDirectionWithdrawn e) {
            change(goals, e.directionId(), e.decision().effectiveFrom(), seq, s -> withdrawn(s, e.decision()));
        } else if (p instanceof DirectionGoalAdopted e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq,
                    s -> new GoalState(GoalKind.DIRECTION_GOAL, e.decision().decidedBy(), e.directionId(),
                            e.fromYear(), e.toYear(), e.title(), null, e.description(), List.of(), false, false,
                            e.decision()));
        } else if (p instanceof DirectionGoalRevised e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new GoalState(s.kind(), s.ownerUnitId(), e.directionId(), e.fromYear(),
                            e.toYear(), e.title(), null, e.description(), List.of(), false, s.withdrawn(),
                            e.decision()));
        } else if (p instanceof DirectionGoalWithdrawn e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq, s -> withdrawn(s, e.decision()));
        } else if (p instanceof EffectGoalAdopted e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq,
                    s -> new GoalState(GoalKind.EFFECT_GOAL, e.ownerUnitId(), null, e.year(), e.year(), e.title(),
                            e.targetGroup(), e.intendedEffect(), List.copyOf(e.directionGoalIds()),
                            e.imposedByCouncil(), false, e.decision()));
        } else if (p instanceof EffectGoalRevised e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new GoalState(s.kind(), s.ownerUnitId(), null, s.fromYear(), s.toYear(),
                            e.title(), e.targetGroup(), e.intendedEffect(), s.links(), s.imposed(), s.withdrawn(),
                            e.decision()));
        } else if (p instanceof EffectGoalLinked e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq, s -> s == null || s.links().contains(
                    e.directionGoalId()) ? s : withLinks(s, append(s.links(), e.directionGoalId())));
        } else if (p instanceof EffectGoalUnlinked e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : withLinks(s, s.links().stream().filter(id -> !id.equals(e.directionGoalId())).toList()));
        } else if (p instanceof EffectGoalWithdrawn e) {
            change(goals, e.goalId(), e.decision().effectiveFrom(), seq, s -> withdrawn(s, e.decision()));
        } else if (p instanceof IndicatorAttached e) {
            String eventId = message.getIdentifier();
            change(targets, ScopeTables.targetId(e.goalId(), e.indicatorId()), e.decision().effectiveFrom(), seq,
                    s -> new TargetState(e.goalId(), e.indicatorId(), true,
                            e.target() == null ? null : e.target().value(),
                            e.target() == null ? null : e.target().period(), eventId));
        } else if (p instanceof IndicatorDetached e) {
            String eventId = message.getIdentifier();
            change(targets, ScopeTables.targetId(e.goalId(), e.indicatorId()), e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new TargetState(s.goalId(), s.indicatorId(), false, s.value(), s.period(),
                            eventId));
        } else if (p instanceof ActivityPlanned e) {
            change(activities, e.activityId(), e.decision().effectiveFrom(), seq,
                    s -> new ActivityState(e.effectGoalId(), e.title(), e.responsible(), e.dueDate(),
                            ActivityStatus.PLANNED, null, e.imposedByCouncil()));
        } else if (p instanceof ActivityRevised e) {
            change(activities, e.activityId(), recordedOn, seq,
                    s -> s == null ? null : new ActivityState(s.effectGoalId(), e.title(), e.responsible(),
                            e.dueDate(), s.status(), s.statusComment(), s.imposed()));
        } else if (p instanceof ActivityStatusChanged e) {
            change(activities, e.activityId(), e.changedOn() != null ? e.changedOn() : recordedOn, seq,
                    s -> s == null ? null : new ActivityState(s.effectGoalId(), s.title(), s.responsible(),
                            s.dueDate(), e.status(), e.comment(), s.imposed()));
        } else if (p instanceof IndicatorDefined e) {
            change(indicators, e.indicatorId(), SINCE_ALWAYS, seq, s -> new IndicatorState(e.name(),
                    e.unitOfMeasure(), e.direction(), e.source(), e.koladaKpiId()));
        } else if (p instanceof IndicatorRevised e) {
            change(indicators, e.indicatorId(), recordedOn, seq, s -> new IndicatorState(e.name(), e.unitOfMeasure(),
                    e.direction(), e.source(), e.koladaKpiId()));
        }
    }

    private static GoalState withdrawn(GoalState s, se.styrledger.events.Decision decision) {
        return s == null ? null : new GoalState(s.kind(), s.ownerUnitId(), s.parentId(), s.fromYear(), s.toYear(),
                s.title(), s.targetGroup(), s.intendedEffect(), s.links(), s.imposed(), true, decision);
    }

    private static GoalState withLinks(GoalState s, List<UUID> links) {
        return new GoalState(s.kind(), s.ownerUnitId(), s.parentId(), s.fromYear(), s.toYear(), s.title(),
                s.targetGroup(), s.intendedEffect(), links, s.imposed(), s.withdrawn(), s.decision());
    }

    private static List<UUID> append(List<UUID> links, UUID link) {
        List<UUID> all = new ArrayList<>(links);
        all.add(link);
        return List.copyOf(all);
    }
}
