package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.indicators.Period;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

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
public class GoalIndicatorProjection extends BitemporalProjection {

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

    /** A goal's målvärden: attaching sets one per indicator and period, detaching removes the indicator's. */
    static final BitemporalModel<Targets> MODEL = BitemporalModel.writing(TABLE)
            .on(IndicatorAttached.class, IndicatorAttached::goalId, (e, version) -> {
                TargetKey key = new TargetKey(e.indicatorId(), e.target().period());
                Target target = new Target(e.target().value(), e.decision());
                return new Timeline.Change<>(e.decision().effectiveFrom(), version,
                        s -> (s == null ? Targets.none() : s).with(key, target));
            })
            .on(IndicatorDetached.class, IndicatorDetached::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null : s.without(e.indicatorId())));

    public GoalIndicatorProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
