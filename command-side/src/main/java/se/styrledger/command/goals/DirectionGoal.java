package se.styrledger.command.goals;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.goals.GoalCommands.AdoptDirectionGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToDirectionGoal;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromDirectionGoal;
import se.styrledger.command.goals.GoalCommands.ReviseDirectionGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawDirectionGoal;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An inriktningsmål: a long-term goal adopted by KF within one strategisk inriktning, for a period of
 * years. KF may attach indicators for its own follow-up.
 */
@Aggregate
public class DirectionGoal {

    private static final int LONGEST_PERIOD_YEARS = 12;

    @AggregateIdentifier
    private UUID goalId;
    private boolean withdrawn;
    private final Set<UUID> indicators = new HashSet<>();

    protected DirectionGoal() {
    }

    @CommandHandler
    public DirectionGoal(AdoptDirectionGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        String title = Fields.requireText(command.title(), "title", "Inriktningsmålets rubrik", 300);
        String description = Fields.optionalText(command.description(), "description", "Beskrivning", 4000);
        requirePeriod(command.fromYear(), command.toYear());
        GoalRules.requireCouncil(command.decision(), units, clock);
        requireDirection(command.directionId(), command.decision(), goals);
        apply(new DirectionGoalAdopted(command.goalId(), command.directionId(), title, description, command.fromYear(),
                command.toYear(), command.decision()));
    }

    @CommandHandler
    public void handle(ReviseDirectionGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        requireInForce();
        String title = Fields.requireText(command.title(), "title", "Inriktningsmålets rubrik", 300);
        String description = Fields.optionalText(command.description(), "description", "Beskrivning", 4000);
        requirePeriod(command.fromYear(), command.toYear());
        GoalRules.requireCouncil(command.decision(), units, clock);
        requireDirection(command.directionId(), command.decision(), goals);
        apply(new DirectionGoalRevised(goalId, command.directionId(), title, description, command.fromYear(),
                command.toYear(), command.decision()));
    }

    @CommandHandler
    public void handle(WithdrawDirectionGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new DirectionGoalWithdrawn(goalId, reason, command.decision()));
    }

    @CommandHandler
    public void handle(AttachIndicatorToDirectionGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        requireInForce();
        GoalRules.requireTarget(command.indicatorId(), command.target(), goals);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new IndicatorAttached(goalId, command.indicatorId(), command.target(), command.decision()));
    }

    @CommandHandler
    public void handle(DetachIndicatorFromDirectionGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        if (!indicators.contains(command.indicatorId())) {
            throw LedgerException.invalid("indicatorId", "Indikatorn är inte kopplad till inriktningsmålet.");
        }
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new IndicatorDetached(goalId, command.indicatorId(), command.decision()));
    }

    @EventSourcingHandler
    void on(DirectionGoalAdopted event) {
        goalId = event.goalId();
    }

    @EventSourcingHandler
    void on(DirectionGoalWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(IndicatorAttached event) {
        indicators.add(event.indicatorId());
    }

    @EventSourcingHandler
    void on(IndicatorDetached event) {
        indicators.remove(event.indicatorId());
    }

    /** an inriktningsmål belongs to a strategisk inriktning that is in force when it is decided. */
    private static void requireDirection(UUID directionId, Decision decision, GoalDirectory goals) {
        if (directionId == null) {
            throw LedgerException.ruleViolation("R-15", "directionId",
                    "Ett inriktningsmål ska höra till en strategisk inriktning.");
        }
        GoalDirectory.Goal direction = goals.find(directionId)
                .filter(goal -> goal.kind() == GoalKind.STRATEGIC_DIRECTION)
                .orElseThrow(() -> LedgerException.ruleViolation("R-15", "directionId",
                        "Den strategiska inriktningen " + directionId + " finns inte."));
        if (!direction.inForceOn(decision.effectiveFrom())) {
            throw LedgerException.ruleViolation("R-15", "directionId",
                    "Den strategiska inriktningen gäller inte den " + decision.effectiveFrom() + ".");
        }
    }

    private static void requirePeriod(Integer fromYear, Integer toYear) {
        if (fromYear == null || toYear == null) {
            throw LedgerException.invalid(fromYear == null ? "fromYear" : "toYear",
                    "Ange vilka år inriktningsmålet gäller (fromYear och toYear), t.ex. mandatperioden.");
        }
        if (fromYear < 1900 || toYear > 2200 || toYear < fromYear || toYear - fromYear >= LONGEST_PERIOD_YEARS) {
            throw LedgerException.invalid("toYear", "Perioden " + fromYear + "–" + toYear + " är orimlig: toYear ska"
                    + " vara samma år som fromYear eller senare, och perioden högst " + LONGEST_PERIOD_YEARS + " år.");
        }
    }

    private void requireInForce() {
        if (withdrawn) {
            throw LedgerException.conflict("Inriktningsmålet är upphävt och kan inte ändras.");
        }
    }
}
