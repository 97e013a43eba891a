package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.indicators.Period;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Projects the indicators attached to a goal (effektmål or inriktningsmål) with their målvärden into
 * {@code goal_indicator_version}: one row per indicator and period. Attaching an indicator again for a period it
 * already has sets a new målvärde; detaching removes the indicator with all its målvärden.
 */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class GoalIndicatorProjection {

    /** One målvärde: which indicator, for which period. */
    record TargetKey(UUID indicatorId, Period period) {
    }

    record Target(BigDecimal value, Decision decision) {
    }

    private static final Comparator<TargetKey> ORDER = Comparator.comparing(TargetKey::indicatorId)
            .thenComparing(k -> k.period().kind())
            .thenComparingInt(k -> k.period().year())
            .thenComparingInt(k -> k.period().number());

    /** A goal's målvärden, sorted so a version's key is stable. */
    record Targets(SortedMap<TargetKey, Target> byKey) {

        static Targets none() {
            return new Targets(Collections.unmodifiableSortedMap(new TreeMap<>(ORDER)));
        }

        Targets with(TargetKey key, Target target) {
            TreeMap<TargetKey, Target> targets = new TreeMap<>(byKey);
            targets.put(key, target);
            return new Targets(Collections.unmodifiableSortedMap(targets));
        }

        Targets without(UUID indicatorId) {
            TreeMap<TargetKey, Target> targets = new TreeMap<>(byKey);
            targets.keySet().removeIf(key -> key.indicatorId().equals(indicatorId));
            return new Targets(Collections.unmodifiableSortedMap(targets));
        }
    }

    static final VersionTable<Targets> TABLE = new RelationTable<>() {
        @Override
        public String table() {
            return "goal_indicator_version";
        }

        @Override
        public String idColumn() {
            return "goal_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("indicator_id", "target_value", "period_kind", "period_year",
                    "period_number");
        }

        @Override
        public List<Object[]> stateRows(Targets targets) {
            return targets.byKey().entrySet().stream().map(entry -> {
                TargetKey key = entry.getKey();
                return DecisionView.withValues(entry.getValue().decision(), key.indicatorId(),
                        entry.getValue().value(), key.period().kind().name(), key.period().year(),
                        key.period().number());
            }).toList();
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public GoalIndicatorProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IndicatorAttached event, DomainEventMessage<?> message) {
        refold(event.goalId(), message);
    }

    @EventHandler
    void on(IndicatorDetached event, DomainEventMessage<?> message) {
        refold(event.goalId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM goal_indicator_version");
    }

    private void refold(UUID goalId, DomainEventMessage<?> message) {
        List<Timeline.Change<Targets>> changes = NumberedChanges.from(history.upTo(message),
                (event, sequence) -> change(goalId, event.getPayload(), sequence));
        writer.write(TABLE, goalId, Timeline.fold(changes), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<Targets> change(UUID goalId, Object payload, int sequence) {
        if (payload instanceof IndicatorAttached e && e.goalId().equals(goalId)) {
            TargetKey key = new TargetKey(e.indicatorId(), e.target().period());
            Target target = new Target(e.target().value(), e.decision());
            return new Timeline.Change<>(e.decision().effectiveFrom(), sequence,
                    s -> (s == null ? Targets.none() : s).with(key, target));
        }
        if (payload instanceof IndicatorDetached e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), sequence,
                    s -> s == null ? null : s.without(e.indicatorId()));
        }
        return null;
    }
}
