package se.styrledger.command.goals;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.goals.GoalCommands.AdoptEffectGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToEffectGoal;
import se.styrledger.command.goals.GoalCommands.DefineChangeTheory;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromEffectGoal;
import se.styrledger.command.goals.GoalCommands.LinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.ReviseEffectGoal;
import se.styrledger.command.goals.GoalCommands.UnlinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawEffectGoal;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An effektmål: a nämnd's or bolag's one-year commitment to KF (§4), for a specific målgrupp, linked to KF's
 * inriktningsmål. The rules are checked here.
 */
@Aggregate
public class EffectGoal {

    private static final int MAX_LINKS = 20;
    private static final int MAX_STEPS = 30;

    @AggregateIdentifier
    private UUID goalId;
    private UUID ownerUnitId;
    private int year;
    private boolean imposedByCouncil;
    private boolean withdrawn;
    private final Set<UUID> directionGoals = new LinkedHashSet<>();
    private final Set<UUID> indicators = new HashSet<>();

    protected EffectGoal() {
    }

    @CommandHandler
    public EffectGoal(AdoptEffectGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        String title = Fields.requireText(command.title(), "title", "Effektmålets rubrik", 300);
        String targetGroup = requireTargetGroup(command.targetGroup());
        String intendedEffect = requireIntendedEffect(command.intendedEffect());
        requireOwner(command.ownerUnitId(), units);
        GoalRules.requireOwnerOrImposedByCouncil(command.ownerUnitId(), command.imposedByCouncil(), command.decision(),
                units, clock);
        requireOneYear(command.year(), command.decision());
        List<UUID> links = command.directionGoalIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.directionGoalIds()));
        if (links.isEmpty()) {
            throw LedgerException.ruleViolation("R-10", "directionGoalIds",
                    "Ett effektmål ska knyta an till ett eller flera av kommunfullmäktiges inriktningsmål.");
        }
        if (links.size() > MAX_LINKS) {
            throw LedgerException.invalid("directionGoalIds", "Högst " + MAX_LINKS + " inriktningsmål.");
        }
        for (UUID link : links) {
            requireDirectionGoalInForce(link, command.year(), command.decision(), goals);
        }
        apply(new EffectGoalAdopted(command.goalId(), command.ownerUnitId(), command.year(), title, targetGroup,
                intendedEffect, links, command.imposedByCouncil(), command.decision()));
    }

    @CommandHandler
    public void handle(ReviseEffectGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        String title = Fields.requireText(command.title(), "title", "Effektmålets rubrik", 300);
        String targetGroup = requireTargetGroup(command.targetGroup());
        String intendedEffect = requireIntendedEffect(command.intendedEffect());
        requireDecidedLikeTheGoal(command.decision(), units, clock);
        apply(new EffectGoalRevised(goalId, title, targetGroup, intendedEffect, command.decision()));
    }

    @CommandHandler
    public void handle(LinkEffectGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        requireInForce();
        requireDecidedLikeTheGoal(command.decision(), units, clock);
        requireDirectionGoalInForce(command.directionGoalId(), year, command.decision(), goals);
        if (directionGoals.contains(command.directionGoalId())) {
            return;
        }
        if (directionGoals.size() >= MAX_LINKS) {
            throw LedgerException.invalid("directionGoalId", "Högst " + MAX_LINKS + " inriktningsmål.");
        }
        apply(new EffectGoalLinked(goalId, command.directionGoalId(), command.decision()));
    }

    @CommandHandler
    public void handle(UnlinkEffectGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        if (!directionGoals.contains(command.directionGoalId())) {
            throw LedgerException.invalid("directionGoalId", "Effektmålet är inte kopplat till det inriktningsmålet.");
        }
        if (directionGoals.size() == 1) {
            throw LedgerException.ruleViolation("R-10", "directionGoalId",
                    "Ett effektmål ska alltid knyta an till minst ett inriktningsmål: koppla ett annat först.");
        }
        requireDecidedLikeTheGoal(command.decision(), units, clock);
        apply(new EffectGoalUnlinked(goalId, command.directionGoalId(), command.decision()));
    }

    @CommandHandler
    public void handle(WithdrawEffectGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        requireDecidedLikeTheGoal(command.decision(), units, clock);
        apply(new EffectGoalWithdrawn(goalId, reason, command.decision()));
    }

    @CommandHandler
    public void handle(AttachIndicatorToEffectGoal command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        requireInForce();
        GoalRules.requireTarget(command.indicatorId(), command.target(), goals);
        requireDecidedByTheOwner(command.decision(), units, clock);
        apply(new IndicatorAttached(goalId, command.indicatorId(), command.target(), command.decision()));
    }

    @CommandHandler
    public void handle(DetachIndicatorFromEffectGoal command, UnitDirectory units, Clock clock) {
        requireInForce();
        if (!indicators.contains(command.indicatorId())) {
            throw LedgerException.invalid("indicatorId", "Indikatorn är inte kopplad till effektmålet.");
        }
        requireDecidedByTheOwner(command.decision(), units, clock);
        apply(new IndicatorDetached(goalId, command.indicatorId(), command.decision()));
    }

    @CommandHandler
    public void handle(DefineChangeTheory command, UnitDirectory units, Clock clock) {
        requireInForce();
        List<ChangeStep> steps = command.steps();
        if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw LedgerException.invalid("steps", "En förändringsteori har 1–" + MAX_STEPS + " steg.");
        }
        for (int i = 0; i < steps.size(); i++) {
            ChangeStep step = steps.get(i);
            if (step == null || step.kind() == null) {
                throw LedgerException.invalid("steps[" + i + "].kind",
                        "Ange stegets slag: ACTIVITY (aktivitet), OUTPUT (utfall), RESULT (resultat) eller EFFECT (effekt).");
            }
            Fields.requireText(step.text(), "steps[" + i + "].text", "Stegets text", 1000);
            if (i > 0 && step.kind().ordinal() < steps.get(i - 1).kind().ordinal()) {
                throw LedgerException.invalid("steps[" + i + "].kind",
                        "Stegen ska komma i ordningen aktivitet → utfall → resultat → effekt.");
            }
        }
        requireDecidedByTheOwner(command.decision(), units, clock);
        apply(new ChangeTheoryDefined(goalId, List.copyOf(steps), command.decision()));
    }

    @EventSourcingHandler
    void on(EffectGoalAdopted event) {
        goalId = event.goalId();
        ownerUnitId = event.ownerUnitId();
        year = event.year();
        imposedByCouncil = event.imposedByCouncil();
        directionGoals.addAll(event.directionGoalIds());
    }

    @EventSourcingHandler
    void on(EffectGoalLinked event) {
        directionGoals.add(event.directionGoalId());
    }

    @EventSourcingHandler
    void on(EffectGoalUnlinked event) {
        directionGoals.remove(event.directionGoalId());
    }

    @EventSourcingHandler
    void on(EffectGoalWithdrawn event) {
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

    /** an effektmål names its specific målgrupp. */
    private static String requireTargetGroup(String targetGroup) {
        if (targetGroup == null || targetGroup.isBlank()) {
            throw LedgerException.ruleViolation("R-11", "targetGroup",
                    "Ange den specifika målgrupp effektmålet riktar sig till, t.ex. \"Unga 18–24 år med försörjningsstöd\".");
        }
        return Fields.requireText(targetGroup, "targetGroup", "Målgrupp", 500);
    }

    /** an effektmål names the effekt it intends for its målgrupp. */
    private static String requireIntendedEffect(String intendedEffect) {
        if (intendedEffect == null || intendedEffect.isBlank()) {
            throw LedgerException.ruleViolation("R-11", "intendedEffect",
                    "Ange vilken effekt effektmålet avser att åstadkomma för målgruppen under året.");
        }
        return Fields.requireText(intendedEffect, "intendedEffect", "Effekt", 2000);
    }

    /**
     * an effektmål is a commitment for one verksamhetsår: the year it is decided, or the next (a verksamhetsplan
     * is adopted in the autumn for the coming year).
     */
    private static void requireOneYear(Integer year, Decision decision) {
        if (year == null) {
            throw LedgerException.ruleViolation("R-12", "year", "Ange vilket verksamhetsår effektmålet gäller.");
        }
        int decided = decision.decidedOn().getYear();
        if (year != decided && year != decided + 1) {
            throw LedgerException.ruleViolation("R-12", "year", "Ett effektmål är ett åtagande för ett år: året det"
                    + " beslutas (" + decided + ") eller nästa år (" + (decided + 1) + "), inte " + year + ".");
        }
    }

    /** each linked inriktningsmål is in force on the effektmål's decision date and covers its year. */
    private static void requireDirectionGoalInForce(UUID directionGoalId, int year, Decision decision,
                                                    GoalDirectory goals) {
        GoalDirectory.Goal goal = goals.find(directionGoalId)
                .filter(found -> found.kind() == GoalKind.DIRECTION_GOAL)
                .orElseThrow(() -> LedgerException.ruleViolation("R-10", "directionGoalIds",
                        "Inriktningsmålet " + directionGoalId + " finns inte."));
        if (!goal.inForceOn(decision.decidedOn())) {
            throw LedgerException.ruleViolation("R-10", "directionGoalIds", "Inriktningsmålet " + directionGoalId
                    + " gäller inte på beslutsdagen " + decision.decidedOn() + ".");
        }
        if (!goal.coversYear(year)) {
            throw LedgerException.ruleViolation("R-10", "directionGoalIds", "Inriktningsmålet " + directionGoalId
                    + " gäller " + goal.fromYear() + "–" + goal.toYear() + ", inte verksamhetsåret " + year + ".");
        }
    }

    private static void requireOwner(UUID ownerUnitId, UnitDirectory units) {
        UnitDirectory.Unit owner = units.find(ownerUnitId).orElseThrow(() -> LedgerException.invalid("ownerUnitId",
                "Ägaren " + ownerUnitId + " finns inte i organisationen."));
        if (owner.kind() != UnitKind.COMMITTEE && owner.kind() != UnitKind.COMPANY
                && owner.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.ruleViolation("R-02", "ownerUnitId", "Effektmål ägs av en nämnd, kommunstyrelsen"
                    + " eller ett bolag, inte av en " + owner.kind().swedish() + ".");
        }
    }

    /** Later decisions on the effektmål come from its owner, or from KF if KF imposed it. */
    private void requireDecidedLikeTheGoal(Decision decision, UnitDirectory units, Clock clock) {
        GoalRules.requireOwnerOrImposedByCouncil(ownerUnitId, imposedByCouncil, decision, units, clock);
    }

    /** How the goal is reached is the owner's to decide, even for a goal KF imposed (R-02, §5). */
    private void requireDecidedByTheOwner(Decision decision, UnitDirectory units, Clock clock) {
        GoalRules.requireOwner(ownerUnitId, decision, units, clock);
    }

    private void requireInForce() {
        if (withdrawn) {
            throw LedgerException.conflict("Effektmålet är upphävt och kan inte ändras.");
        }
    }
}
