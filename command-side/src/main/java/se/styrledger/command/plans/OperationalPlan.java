package se.styrledger.command.plans;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordingScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanRevised;
import se.styrledger.events.plans.OperationalPlanWithdrawn;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A verksamhetsplan: one nämnd's or bolag's plan for one year, adopted by its own board, holding its
 * effektmål and its budget frame (ram).
 */
@Aggregate
public class OperationalPlan {

    private static final BigDecimal LARGEST_FRAME = new BigDecimal("1e13");

    public record AdoptOperationalPlan(UUID planId, UUID unitId, Integer year, String summary, BigDecimal budgetFrame,
                                       List<UUID> effectGoalIds, Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, unitId);
        }
    }

    public record ReviseOperationalPlan(@TargetAggregateIdentifier UUID planId, String summary, BigDecimal budgetFrame,
                                        List<UUID> effectGoalIds, Decision decision) implements RecordsDecision {
    }

    public record WithdrawOperationalPlan(@TargetAggregateIdentifier UUID planId, String reason, Decision decision)
            implements RecordsDecision {
    }

    @AggregateIdentifier
    private UUID planId;
    private UUID unitId;
    private int year;
    private boolean withdrawn;

    protected OperationalPlan() {
    }

    @CommandHandler
    public OperationalPlan(AdoptOperationalPlan command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        String summary = Fields.optionalText(command.summary(), "summary", "Sammanfattning", 8000);
        requireFrame(command.budgetFrame());
        requireOwnBoard(command.unitId(), command.decision(), units, clock);
        requireOneYear(command.year(), command.decision());
        if (goals.operationalPlanFor(command.unitId(), command.year()).isPresent()) {
            throw LedgerException.ruleViolation("R-07", "year", "Enheten har redan en verksamhetsplan för "
                    + command.year() + "; revidera den i stället.");
        }
        List<UUID> effectGoals = requireEffectGoals(command.effectGoalIds(), command.unitId(), command.year(), goals);
        apply(new OperationalPlanAdopted(command.planId(), command.unitId(), command.year(), summary,
                command.budgetFrame(), effectGoals, command.decision()));
    }

    @CommandHandler
    public void handle(ReviseOperationalPlan command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        requireInForce();
        String summary = Fields.optionalText(command.summary(), "summary", "Sammanfattning", 8000);
        requireFrame(command.budgetFrame());
        requireOwnBoard(unitId, command.decision(), units, clock);
        List<UUID> effectGoals = requireEffectGoals(command.effectGoalIds(), unitId, year, goals);
        apply(new OperationalPlanRevised(planId, summary, command.budgetFrame(), effectGoals, command.decision()));
    }

    @CommandHandler
    public void handle(WithdrawOperationalPlan command, UnitDirectory units, Clock clock) {
        requireInForce();
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        requireOwnBoard(unitId, command.decision(), units, clock);
        apply(new OperationalPlanWithdrawn(planId, reason, command.decision()));
    }

    @EventSourcingHandler
    void on(OperationalPlanAdopted event) {
        planId = event.planId();
        unitId = event.unitId();
        year = event.year();
    }

    @EventSourcingHandler
    void on(OperationalPlanWithdrawn event) {
        withdrawn = true;
    }

    /** a verksamhetsplan is adopted by its own nämnd or bolagsstyrelse. */
    private static void requireOwnBoard(UUID unitId, Decision decision, UnitDirectory units, Clock clock) {
        UnitDirectory.Unit unit = units.find(unitId).orElseThrow(() -> LedgerException.invalid("unitId",
                "Enheten " + unitId + " finns inte i organisationen."));
        if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.COMPANY
                && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.ruleViolation("R-07", "unitId", "Verksamhetsplaner görs av nämnder, kommunstyrelsen"
                    + " och bolag, inte av en " + unit.kind().swedish() + ".");
        }
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (!body.unitId().equals(unitId)) {
            throw LedgerException.ruleViolation("R-07", "decision.decidedBy",
                    "En verksamhetsplan antas av den egna nämnden eller bolagsstyrelsen.");
        }
    }

    /** a verksamhetsplan covers one year: the year it is adopted or the next. */
    private static void requireOneYear(Integer year, Decision decision) {
        int decided = decision.decidedOn().getYear();
        if (year == null || (year != decided && year != decided + 1)) {
            throw LedgerException.ruleViolation("R-07", "year", "En verksamhetsplan gäller ett år: året den antas ("
                    + decided + ") eller nästa år (" + (decided + 1) + ").");
        }
    }

    private static void requireFrame(BigDecimal budgetFrame) {
        if (budgetFrame == null) {
            throw LedgerException.invalid("budgetFrame", "Ange nämndens ekonomiska ram (budgetFrame) i kronor.");
        }
        if (budgetFrame.signum() < 0 || budgetFrame.compareTo(LARGEST_FRAME) > 0 || budgetFrame.scale() > 2) {
            throw LedgerException.invalid("budgetFrame", "Ramen ska vara ett belopp i kronor från 0, med högst två decimaler.");
        }
    }

    private static List<UUID> requireEffectGoals(List<UUID> ids, UUID unitId, int year, GoalDirectory goals) {
        List<UUID> effectGoals = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        for (UUID id : effectGoals) {
            GoalDirectory.Goal goal = goals.find(id).filter(found -> found.kind() == GoalKind.EFFECT_GOAL)
                    .orElseThrow(() -> LedgerException.invalid("effectGoalIds", "Effektmålet " + id + " finns inte."));
            if (!unitId.equals(goal.ownerUnitId()) || goal.fromYear() != year) {
                throw LedgerException.invalid("effectGoalIds", "Effektmålet " + id
                        + " hör till en annan enhet eller ett annat år än verksamhetsplanen.");
            }
        }
        return effectGoals;
    }

    private void requireInForce() {
        if (withdrawn) {
            throw LedgerException.conflict("Verksamhetsplanen är upphävd och kan inte ändras.");
        }
    }
}
