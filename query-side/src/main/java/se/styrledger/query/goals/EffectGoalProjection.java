package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

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
public class EffectGoalProjection {

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

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public EffectGoalProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EffectGoalAdopted event, DomainEventMessage<?> message) {
        List<DomainEventMessage<?>> events = history.upTo(message);
        refoldGoal(event.goalId(), events, message);
        refoldLinks(event.goalId(), events, message);
    }

    @EventHandler
    void on(EffectGoalRevised event, DomainEventMessage<?> message) {
        refoldGoal(event.goalId(), history.upTo(message), message);
    }

    @EventHandler
    void on(EffectGoalWithdrawn event, DomainEventMessage<?> message) {
        refoldGoal(event.goalId(), history.upTo(message), message);
    }

    @EventHandler
    void on(EffectGoalLinked event, DomainEventMessage<?> message) {
        refoldLinks(event.goalId(), history.upTo(message), message);
    }

    @EventHandler
    void on(EffectGoalUnlinked event, DomainEventMessage<?> message) {
        refoldLinks(event.goalId(), history.upTo(message), message);
    }

    @EventHandler
    void on(ChangeTheoryDefined event, DomainEventMessage<?> message) {
        List<Timeline.Change<ChangeTheoryState>> changes = NumberedChanges.from(history.upTo(message),
                (e, version) -> changeTheoryChange(event.goalId(), e.getPayload(), version));
        writer.write(CHANGE_THEORY, event.goalId(), Timeline.fold(changes), message.getTimestamp(),
                writer.positionOf(message.getIdentifier()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM effect_goal_version");
        jdbc.update("DELETE FROM effect_goal_link_version");
        jdbc.update("DELETE FROM change_theory_version");
    }

    private void refoldGoal(UUID goalId, List<DomainEventMessage<?>> events, DomainEventMessage<?> message) {
        List<Timeline.Change<EffectGoalState>> changes = NumberedChanges.from(events,
                (e, version) -> goalChange(goalId, e.getPayload(), version));
        writer.write(GOALS, goalId, Timeline.fold(changes), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    private void refoldLinks(UUID goalId, List<DomainEventMessage<?>> events, DomainEventMessage<?> message) {
        List<Timeline.Change<Links>> changes = NumberedChanges.from(events,
                (e, version) -> linkChange(goalId, e.getPayload(), version));
        writer.write(LINKS, goalId, Timeline.fold(changes), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<EffectGoalState> goalChange(UUID goalId, Object payload, int version) {
        if (payload instanceof EffectGoalAdopted e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> new EffectGoalState(
                    e.ownerUnitId(), e.year(), e.title(), e.targetGroup(), e.intendedEffect(), e.imposedByCouncil(),
                    false, null, version, e.decision()));
        }
        if (payload instanceof EffectGoalRevised e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new EffectGoalState(s.ownerUnitId(), s.year(), e.title(), e.targetGroup(), e.intendedEffect(),
                    s.imposedByCouncil(), s.withdrawn(), s.withdrawalReason(), version, e.decision()));
        }
        if (payload instanceof EffectGoalWithdrawn e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new EffectGoalState(s.ownerUnitId(), s.year(), s.title(), s.targetGroup(), s.intendedEffect(),
                    s.imposedByCouncil(), true, e.reason(), version, e.decision()));
        }
        return null;
    }

    static Timeline.Change<Links> linkChange(UUID goalId, Object payload, int sequence) {
        if (payload instanceof EffectGoalAdopted e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), sequence,
                    s -> Links.of(e.directionGoalIds(), e.decision()));
        }
        if (payload instanceof EffectGoalLinked e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), sequence,
                    s -> s == null ? null : s.with(e.directionGoalId(), e.decision()));
        }
        if (payload instanceof EffectGoalUnlinked e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), sequence,
                    s -> s == null ? null : s.without(e.directionGoalId()));
        }
        return null;
    }

    static Timeline.Change<ChangeTheoryState> changeTheoryChange(UUID goalId, Object payload, int version) {
        if (payload instanceof ChangeTheoryDefined e && e.goalId().equals(goalId)) {
            List<ChangeStep> steps = e.steps() == null ? List.of() : List.copyOf(e.steps());
            return new Timeline.Change<>(e.decision().effectiveFrom(), version,
                    s -> new ChangeTheoryState(steps, version, e.decision()));
        }
        return null;
    }
}
