package se.styrledger.query.plans;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanRevised;
import se.styrledger.events.plans.OperationalPlanWithdrawn;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.SqlArrays;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Projects verksamhetsplaner into {@code operational_plan_version}. */
@Component
@ProcessingGroup(OperationalPlanProjection.PROCESSING_GROUP)
class OperationalPlanProjection extends BitemporalProjection {

    static final String PROCESSING_GROUP = "operational-plans";

    record PlanState(UUID unitId, int year, String summary, BigDecimal budgetFrame, List<UUID> effectGoalIds,
                     boolean withdrawn, String withdrawalReason, int version, Decision decision) {
    }

    static final VersionTable<PlanState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "operational_plan_version";
        }

        @Override
        public String idColumn() {
            return "plan_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "year", "summary", "budget_frame", "effect_goal_ids",
                    "withdrawn", "withdrawal_reason", "version");
        }

        @Override
        public Object[] stateValues(PlanState s) {
            return DecisionView.withValues(s.decision(), s.unitId(), s.year(), s.summary(), s.budgetFrame(),
                    SqlArrays.of("uuid", s.effectGoalIds()), s.withdrawn(), s.withdrawalReason(), s.version());
        }
    };

    /** A verksamhetsplan's versions, each taking effect from its decision. */
    static final BitemporalModel<PlanState> MODEL = BitemporalModel.writing(TABLE)
            .on(OperationalPlanAdopted.class, OperationalPlanAdopted::planId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> new PlanState(e.unitId(), e.year(), e.summary(),
                    e.budgetFrame(), ids(e.effectGoalIds()), false, null, version, e.decision())))
            .on(OperationalPlanRevised.class, OperationalPlanRevised::planId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new PlanState(s.unitId(), s.year(), e.summary(), e.budgetFrame(), ids(e.effectGoalIds()),
                    s.withdrawn(), s.withdrawalReason(), version, e.decision())))
            .on(OperationalPlanWithdrawn.class, OperationalPlanWithdrawn::planId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null
                            ? null : new PlanState(s.unitId(), s.year(), s.summary(), s.budgetFrame(),
                            s.effectGoalIds(), true, e.reason(), version, e.decision())));

    public OperationalPlanProjection(ModelWriter writer) {
        super(writer, MODEL);
    }

    private static List<UUID> ids(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
