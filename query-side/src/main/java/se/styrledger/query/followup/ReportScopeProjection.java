package se.styrledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
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
import se.styrledger.query.activities.ActivityProjection;
import se.styrledger.query.followup.ScopeTables.GoalKind;
import se.styrledger.query.followup.ScopeTables.GoalState;
import se.styrledger.query.followup.ScopeTables.TargetState;
import se.styrledger.query.indicators.IndicatorProjection;
import se.styrledger.query.organisation.UnitProjection;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the follow-up group's own copy of the röd tråd (ADR 0040) with the red thread's own folds where a report
 * holds what they fold: units, activities and indicators are their projections' models written to the report's
 * tables (ADR 0170). Goals and målvärden are folded here because a report holds something else than the red thread
 * does: one row per goal of any kind, with the body that adopted it and its links in the order they were made, and
 * one målvärde per goal and indicator citing the event that set it. Folding those from the red thread's states would
 * change what a frozen report says.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class ReportScopeProjection extends BitemporalProjection {

    /** Strategiska inriktningar, inriktningsmål and effektmål as a report lists them. */
    static final BitemporalModel<GoalState> GOALS = BitemporalModel.writing(ScopeTables.GOALS)
            .on(StrategicDirectionAdopted.class, StrategicDirectionAdopted::directionId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> new GoalState(GoalKind.STRATEGIC_DIRECTION,
                    e.decision().decidedBy(), e.visionId(), null, null, e.name(), null, themes(e.themes()),
                    List.of(), false, false, e.decision())))
            .on(StrategicDirectionRevised.class, StrategicDirectionRevised::directionId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null : new GoalState(s.kind(),
                    s.ownerUnitId(), s.parentId(), null, null, e.name(), null, themes(e.themes()), List.of(), false,
                    s.withdrawn(), e.decision())))
            .on(StrategicDirectionWithdrawn.class, StrategicDirectionWithdrawn::directionId,
                    (e, version) -> new Change<>(e.decision().effectiveFrom(), version,
                            s -> withdrawn(s, e.decision())))
            .on(DirectionGoalAdopted.class, DirectionGoalAdopted::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> new GoalState(GoalKind.DIRECTION_GOAL,
                    e.decision().decidedBy(), e.directionId(), e.fromYear(), e.toYear(), e.title(), null,
                    e.description(), List.of(), false, false, e.decision())))
            .on(DirectionGoalRevised.class, DirectionGoalRevised::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null : new GoalState(s.kind(),
                    s.ownerUnitId(), e.directionId(), e.fromYear(), e.toYear(), e.title(), null, e.description(),
                    List.of(), false, s.withdrawn(), e.decision())))
            .on(DirectionGoalWithdrawn.class, DirectionGoalWithdrawn::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> withdrawn(s, e.decision())))
            .on(EffectGoalAdopted.class, EffectGoalAdopted::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> new GoalState(GoalKind.EFFECT_GOAL, e.ownerUnitId(),
                    null, e.year(), e.year(), e.title(), e.targetGroup(), e.intendedEffect(),
                    List.copyOf(e.directionGoalIds()), e.imposedByCouncil(), false, e.decision())))
            .on(EffectGoalRevised.class, EffectGoalRevised::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null : new GoalState(s.kind(),
                    s.ownerUnitId(), null, s.fromYear(), s.toYear(), e.title(), e.targetGroup(), e.intendedEffect(),
                    s.links(), s.imposed(), s.withdrawn(), e.decision())))
            .on(EffectGoalLinked.class, EffectGoalLinked::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null || s.links().contains(e.directionGoalId())
                    ? s : withLinks(s, append(s.links(), e.directionGoalId()))))
            .on(EffectGoalUnlinked.class, EffectGoalUnlinked::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : withLinks(s, s.links().stream().filter(id -> !id.equals(e.directionGoalId())).toList())))
            .on(EffectGoalWithdrawn.class, EffectGoalWithdrawn::goalId, (e, version) -> new Change<>(
                    e.decision().effectiveFrom(), version, s -> withdrawn(s, e.decision())));

    /** A målvärde per goal and indicator: the last one attached, until the indicator is detached. */
    static final BitemporalModel<TargetState> TARGETS = BitemporalModel.writing(ScopeTables.TARGETS)
            .onRecorded(IndicatorAttached.class, e -> ScopeTables.targetId(e.goalId(), e.indicatorId()),
                    (e, version, recorded) -> new Change<>(e.decision().effectiveFrom(), version,
                            s -> new TargetState(e.goalId(), e.indicatorId(), true,
                                    e.target() == null ? null : e.target().value(),
                                    e.target() == null ? null : e.target().period(), recorded.eventId())))
            .onRecorded(IndicatorDetached.class, e -> ScopeTables.targetId(e.goalId(), e.indicatorId()),
                    (e, version, recorded) -> new Change<>(e.decision().effectiveFrom(), version, s -> s == null
                            ? null : new TargetState(s.goalId(), s.indicatorId(), false, s.value(), s.period(),
                            recorded.eventId())));

    ReportScopeProjection(ModelWriter writer) {
        super(writer, UnitProjection.MODEL.writingTo(ScopeTables.UNITS), GOALS, TARGETS,
                ActivityProjection.MODEL.writingTo(ScopeTables.ACTIVITIES),
                IndicatorProjection.MODEL.writingTo(ScopeTables.INDICATORS));
    }

    private static String themes(List<String> themes) {
        return String.join(", ", themes == null ? List.of() : themes);
    }

    private static GoalState withdrawn(GoalState s, Decision decision) {
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
