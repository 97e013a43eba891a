package se.styrledger.query.plans;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanRevised;
import se.styrledger.events.plans.OperationalPlanWithdrawn;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.SqlArrays;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Projects verksamhetsplaner into {@code operational_plan_version}. */
@Component
@ProcessingGroup(OperationalPlanProjection.PROCESSING_GROUP)
class OperationalPlanProjection {

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

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public OperationalPlanProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OperationalPlanAdopted event, DomainEventMessage<?> message) {
        refold(event.planId(), message);
    }

    @EventHandler
    void on(OperationalPlanRevised event, DomainEventMessage<?> message) {
        refold(event.planId(), message);
    }

    @EventHandler
    void on(OperationalPlanWithdrawn event, DomainEventMessage<?> message) {
        refold(event.planId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM operational_plan_version");
    }

    private void refold(UUID planId, DomainEventMessage<?> message) {
        List<Timeline.Change<PlanState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(planId, event.getPayload(), version));
        writer.write(TABLE, planId, Timeline.fold(changes), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<PlanState> change(UUID planId, Object payload, int version) {
        if (payload instanceof OperationalPlanAdopted e && e.planId().equals(planId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> new PlanState(e.unitId(),
                    e.year(), e.summary(), e.budgetFrame(), ids(e.effectGoalIds()), false, null, version,
                    e.decision()));
        }
        if (payload instanceof OperationalPlanRevised e && e.planId().equals(planId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new PlanState(s.unitId(), s.year(), e.summary(), e.budgetFrame(), ids(e.effectGoalIds()),
                    s.withdrawn(), s.withdrawalReason(), version, e.decision()));
        }
        if (payload instanceof OperationalPlanWithdrawn e && e.planId().equals(planId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new PlanState(s.unitId(), s.year(), s.summary(), s.budgetFrame(), s.effectGoalIds(), true,
                    e.reason(), version, e.decision()));
        }
        return null;
    }

    private static List<UUID> ids(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
