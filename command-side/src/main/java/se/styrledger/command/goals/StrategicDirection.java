package se.styrledger.command.goals;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.goals.GoalCommands.AdoptStrategicDirection;
import se.styrledger.command.goals.GoalCommands.ReviseStrategicDirection;
import se.styrledger.command.goals.GoalCommands.WithdrawStrategicDirection;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A strategisk inriktning under the vision, e.g. "Livskvalitet"; decided by KF. */
@Aggregate
public class StrategicDirection {

    private static final int MAX_THEMES = 20;

    @AggregateIdentifier
    private UUID directionId;
    private boolean withdrawn;

    protected StrategicDirection() {
    }

    @CommandHandler
    public StrategicDirection(AdoptStrategicDirection command, UnitDirectory units, GoalDirectory goals, Clock clock) {
        String name = Fields.requireText(command.name(), "name", "Namn", 200);
        List<String> themes = themes(command.themes());
        GoalRules.requireCouncil(command.decision(), units, clock);
        GoalDirectory.Goal vision = goals.find(command.visionId())
                .filter(goal -> goal.kind() == GoalKind.VISION)
                .orElseThrow(() -> LedgerException.invalid("visionId", "Visionen " + command.visionId() + " finns inte."));
        if (vision.withdrawnFrom() != null) {
            throw LedgerException.invalid("visionId", "Visionen är upphävd.");
        }
        apply(new StrategicDirectionAdopted(command.directionId(), command.visionId(), name, themes, command.decision()));
    }

    @CommandHandler
    public void handle(ReviseStrategicDirection command, UnitDirectory units, Clock clock) {
        requireInForce();
        String name = Fields.requireText(command.name(), "name", "Namn", 200);
        List<String> themes = themes(command.themes());
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new StrategicDirectionRevised(directionId, name, themes, command.decision()));
    }

    @CommandHandler
    public void handle(WithdrawStrategicDirection command, UnitDirectory units, Clock clock) {
        requireInForce();
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new StrategicDirectionWithdrawn(directionId, reason, command.decision()));
    }

    @EventSourcingHandler
    void on(StrategicDirectionAdopted event) {
        directionId = event.directionId();
    }

    @EventSourcingHandler
    void on(StrategicDirectionWithdrawn event) {
        withdrawn = true;
    }

    private static List<String> themes(List<String> themes) {
        if (themes == null) {
            return List.of();
        }
        if (themes.size() > MAX_THEMES) {
            throw LedgerException.invalid("themes", "Högst " + MAX_THEMES + " teman.");
        }
        return themes.stream().map(theme -> Fields.requireText(theme, "themes", "Tema", 200)).toList();
    }

    private void requireInForce() {
        if (withdrawn) {
            throw LedgerException.conflict("Den strategiska inriktningen är upphävd och kan inte ändras.");
        }
    }
}
