package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Projects effektmål into three tables: the goal itself ({@code effect_goal_version}), its links to inriktningsmål
 * ({@code effect_goal_link_version}) and its förändringsteori ({@code change_theory_version}). Each has its own
 * timeline, so linking a goal makes a new version of its links, not of its wording.
 */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class EffectGoalProjection extends BitemporalProjection {

    record EffectGoalState(UUID ownerUnitId, int year, String title, String targetGroup, String intendedEffect,
                           boolean imposedByCouncil, boolean withdrawn, String withdrawalReason, int version,
                           Decision decision) {
    }

    /** The inriktningsmål linked, each with the decision that linked it; sorted so a version's key is stable. */
    record Links(SortedMap<UUID, Decision> byDirectionGoal) {

        Links with(UUID directionGoalId, Decision decision) {
            TreeMap<UUID, Decision> links = new TreeMap<>(byDirectionGoal);
            links.put(directionGoalId, decision);
            return new Links(Collections.unmodifiableSortedMap(links));
        }

        Links without(UUID directionGoalId) {
            TreeMap<UUID, Decision> links = new TreeMap<>(byDirectionGoal);
            links.remove(directionGoalId);
            return new Links(Collections.unmodifiableSortedMap(links));
        }

        static Links of(List<UUID> directionGoalIds, Decision decision) {
            Links links = new Links(Collections.unmodifiableSortedMap(new TreeMap<>()));
            for (UUID id : directionGoalIds == null ? List.<UUID>of() : directionGoalIds) {
                links = links.with(id, decision);
            }
            return links;
        }
    }

    record ChangeTheoryState(List<ChangeStep> steps, int version, Decision decision) {
    }

    static final VersionTable<EffectGoalState> GOALS = new VersionTable<>() {
        @Override
        public String table() {
            return "effect_goal_version";
        }

        @Override
        public String idColumn() {
            return "goal_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("owner_unit_id", "year", "title", "target_group", "intended_effect",
                    "imposed_by_council", "withdrawn", "withdrawal_reason", "version");
        }

        @Override
        public Object[] stateValues(EffectGoalState s) {
            return DecisionView.withValues(s.decision(), s.ownerUnitId(), s.year(), s.title(), s.targetGroup(),
                    s.intendedEffect(), s.imposedByCouncil(), s.withdrawn(), s.withdrawalReason(), s.version());
        }
    };

    static final VersionTable<Links> LINKS = new RelationTable<>() {
        @Override
        public String table() {
            return "effect_goal_link_version";
        }

        @Override
        public String idColumn() {
            return "goal_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("direction_goal_id");
        }

        @Override
        public List<Object[]> stateRows(Links links) {
            return links.byDirectionGoal().entrySet().stream()
                    .map(link -> DecisionView.withValues(link.getValue(), link.getKey()))
                    .toList();
        }
    };

    static final VersionTable<ChangeTheoryState> CHANGE_THEORY = new RelationTable<>() {
        @Override
        public String table() {
            return "change_theory_version";
        }

        @Override
        public String idColumn() {
            return "goal_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("step_number", "kind", "text", "version");
        }

        @Override
        public List<Object[]> stateRows(ChangeTheoryState theory) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < theory.steps().size(); i++) {
                ChangeStep step = theory.steps().get(i);
                rows.add(DecisionView.withValues(theory.decision(), i + 1, step.kind().name(), step.text(),
                        theory.version()));
            }
            return rows;
        }
    };

    /** An effektmål's wording, owner and withdrawal, each taking effect from its decision. */
    static final BitemporalModel<EffectGoalState> GOAL = BitemporalModel.writing(GOALS)
            .on(EffectGoalAdopted.class, EffectGoalAdopted::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> new EffectGoalState(e.ownerUnitId(), e.year(),
                    e.title(), e.targetGroup(), e.intendedEffect(), e.imposedByCouncil(), false, null, version,
                    e.decision())))
            .on(EffectGoalRevised.class, EffectGoalRevised::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new EffectGoalState(s.ownerUnitId(), s.year(), e.title(), e.targetGroup(), e.intendedEffect(),
                    s.imposedByCouncil(), s.withdrawn(), s.withdrawalReason(), version, e.decision())))
            .on(EffectGoalWithdrawn.class, EffectGoalWithdrawn::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new EffectGoalState(s.ownerUnitId(), s.year(), s.title(), s.targetGroup(), s.intendedEffect(),
                    s.imposedByCouncil(), true, e.reason(), version, e.decision())));

    /** An effektmål's links to inriktningsmål: their own timeline, so linking leaves the wording's alone. */
    static final BitemporalModel<Links> LINKED = BitemporalModel.writing(LINKS)
            .on(EffectGoalAdopted.class, EffectGoalAdopted::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> Links.of(e.directionGoalIds(), e.decision())))
            .on(EffectGoalLinked.class, EffectGoalLinked::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version,
                    s -> s == null ? null : s.with(e.directionGoalId(), e.decision())))
            .on(EffectGoalUnlinked.class, EffectGoalUnlinked::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null : s.without(e.directionGoalId())));

    /** An effektmål's förändringsteori: each definition replaces the steps before it. */
    static final BitemporalModel<ChangeTheoryState> THEORY = BitemporalModel.writing(CHANGE_THEORY)
            .on(ChangeTheoryDefined.class, ChangeTheoryDefined::goalId, (e, version) -> {
                List<ChangeStep> steps = e.steps() == null ? List.of() : List.copyOf(e.steps());
                return new Timeline.Change<>(e.decision().effectiveFrom(), version,
                        s -> new ChangeTheoryState(steps, version, e.decision()));
            });

    public EffectGoalProjection(ModelWriter writer) {
        super(writer, GOAL, LINKED, THEORY);
    }
}
