package se.styrledger.command.activities;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordingScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.command.goals.GoalRules;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An aktivitet toward an effektmål: concrete, ansvarsfördelad and tidssatt, decided by the effektmål's owner or
 * imposed by KF. Its status moves planerad → pågår → genomförd or inställd, with a comment each time.
 * R-02 holds for its later changes too: a revision or status change that names a decision names the owner's (or, for
 * an aktivitet KF imposed, KF's), and what KF imposed is revised or cancelled only by KF. Reporting that an aktivitet
 * has started or is done is follow-up, not a decision, and needs none.
 */
@Aggregate
public class Activity {

    public record PlanActivity(UUID activityId, UUID effectGoalId, String title, String responsible, LocalDate dueDate,
                               boolean imposedByCouncil, Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(effectGoalId).orElse(null));
        }
    }

    public record ReviseActivity(@TargetAggregateIdentifier UUID activityId, String title, String responsible,
                                 LocalDate dueDate, String reason, Decision decision) implements RecordsForUnits {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return ownerAndDecidingBody(activityId, decision, lookups);
        }
    }

    public record ChangeActivityStatus(@TargetAggregateIdentifier UUID activityId, ActivityStatus status,
                                       String comment, LocalDate changedOn, Decision decision)
            implements RecordsForUnits {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return ownerAndDecidingBody(activityId, decision, lookups);
        }
    }

    /**
     * Follow-up of an aktivitet is recorded for the nämnd that owns its effektmål, and a decision behind it also for
     * the body that decided.
     */
    private static RecordingScope ownerAndDecidingBody(UUID activityId, Decision decision, ScopeLookups lookups) {
        UUID owner = lookups.activityOwner(activityId).orElse(null);
        if (decision == null) {
            return owner == null ? RecordingScope.council() : RecordingScope.units(owner);
        }
        return RecordingScope.decidingBodyAnd(decision, owner);
    }

    @AggregateIdentifier
    private UUID activityId;
    private UUID effectGoalId;
    private boolean imposedByCouncil;
    private ActivityStatus status;

    protected Activity() {
    }

    @CommandHandler
    public Activity(PlanActivity command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        GoalDirectory.Goal goal = goals.find(command.effectGoalId()).filter(found -> found.kind() == GoalKind.EFFECT_GOAL)
                .orElseThrow(() -> LedgerException.invalid("effectGoalId",
                        "Effektmålet " + command.effectGoalId() + " finns inte."));
        if (goal.withdrawnFrom() != null) {
            throw LedgerException.conflict("Effektmålet är upphävt; planera inga nya aktiviteter under det.");
        }
        int goalYear = goal.fromYear();
        String title = requireConcrete(command.title());
        String responsible = requireResponsible(command.responsible());
        requireDue(command.dueDate(), goalYear);
        GoalRules.requireOwnerOrImposedByCouncil(goal.ownerUnitId(), command.imposedByCouncil(), command.decision(),
                units, clock);
        apply(new ActivityPlanned(command.activityId(), command.effectGoalId(), title, responsible, command.dueDate(),
                command.imposedByCouncil(), command.decision()));
    }

    @CommandHandler
    public void handle(ReviseActivity command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        String title = requireConcrete(command.title());
        String responsible = requireResponsible(command.responsible());
        requireDue(command.dueDate(), goalYear(goals));
        String reason = Fields.requireText(command.reason(), "reason", "Skäl till ändringen", 2000);
        requireDecidedLikeTheActivity(command.decision(), true, units, goals, clock);
        apply(new ActivityRevised(activityId, title, responsible, command.dueDate(), reason, command.decision()));
    }

    @CommandHandler
    public void handle(ChangeActivityStatus command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        if (command.status() == null) {
            throw LedgerException.invalid("status",
                    "Ange status: PLANNED (planerad), IN_PROGRESS (pågår), DONE (genomförd) eller CANCELLED (inställd).");
        }
        String comment = Fields.requireText(command.comment(), "comment", "Kommentar till statusändringen", 2000);
        LocalDate changedOn = command.changedOn() != null ? command.changedOn() : LocalDate.now(clock);
        if (changedOn.getYear() < goalYear(goals) - 1 || changedOn.isAfter(LocalDate.now(clock))) {
            throw LedgerException.invalid("changedOn", "Datumet för statusändringen är orimligt: " + changedOn + ".");
        }
        requireDecidedLikeTheActivity(command.decision(), command.status() == ActivityStatus.CANCELLED, units, goals,
                clock);
        if (command.status() == status) {
            return;
        }
        apply(new ActivityStatusChanged(activityId, command.status(), comment, changedOn, command.decision()));
    }

    /**
     * R-02 after planning: a decision given is the owner's, or KF's for an aktivitet KF imposed; and changing what KF
     * imposed ({@code changesWhatWasDecided}: a revision or a cancellation) needs KF's decision.
     */
    private void requireDecidedLikeTheActivity(Decision decision, boolean changesWhatWasDecided, UnitDirectory units,
                                               GoalDirectory goals, Clock clock) {
        if (decision == null) {
            if (imposedByCouncil && changesWhatWasDecided) {
                throw LedgerException.ruleViolation("R-02", "decision", "Aktiviteten är ålagd av"
                        + " kommunfullmäktige: den ändras eller ställs in bara genom ett beslut av kommunfullmäktige.");
            }
            return;
        }
        UUID owner = goals.find(effectGoalId).map(GoalDirectory.Goal::ownerUnitId)
                .orElseThrow(() -> new IllegalStateException("Effektmålet " + effectGoalId + " saknas i uppslaget"));
        GoalRules.requireOwnerOrImposedByCouncil(owner, imposedByCouncil, decision, units, clock);
    }

    @EventSourcingHandler
    void on(ActivityPlanned event) {
        activityId = event.activityId();
        effectGoalId = event.effectGoalId();
        imposedByCouncil = event.imposedByCouncil();
        status = ActivityStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(ActivityStatusChanged event) {
        status = event.status();
    }

    private int goalYear(GoalDirectory goals) {
        return goals.find(effectGoalId).map(GoalDirectory.Goal::fromYear)
                .orElseThrow(() -> new IllegalStateException("Effektmålet " + effectGoalId + " saknas i uppslaget"));
    }

    /** an aktivitet is concrete: it says what will be done. */
    private static String requireConcrete(String title) {
        if (title == null || title.isBlank()) {
            throw LedgerException.ruleViolation("R-13", "title", "En aktivitet ska vara konkret: ange vad som ska göras.");
        }
        return Fields.requireText(title, "title", "Aktivitetens rubrik", 300);
    }

    /** an aktivitet is ansvarsfördelad: it names a responsible person or role. */
    private static String requireResponsible(String responsible) {
        if (responsible == null || responsible.isBlank()) {
            throw LedgerException.ruleViolation("R-13", "responsible",
                    "En aktivitet ska vara ansvarsfördelad: ange ansvarig person eller roll.");
        }
        return Fields.requireText(responsible, "responsible", "Ansvarig", 200);
    }

    /**
     * an aktivitet is tidssatt, with a due date within or near its effektmål's year: from 1 October the year
     * before (plans are adopted in the autumn) to 30 June the year after.
     */
    private static void requireDue(LocalDate dueDate, int year) {
        if (dueDate == null) {
            throw LedgerException.ruleViolation("R-13", "dueDate", "En aktivitet ska vara tidssatt: ange slutdatum.");
        }
        LocalDate earliest = LocalDate.of(year - 1, 10, 1);
        LocalDate latest = LocalDate.of(year + 1, 6, 30);
        if (dueDate.isBefore(earliest) || dueDate.isAfter(latest)) {
            throw LedgerException.ruleViolation("R-13", "dueDate", "Slutdatumet " + dueDate + " ligger för långt från"
                    + " effektmålets år " + year + ": det ska ligga mellan " + earliest + " och " + latest + ".");
        }
    }
}
