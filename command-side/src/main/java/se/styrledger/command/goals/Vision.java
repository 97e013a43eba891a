package se.styrledger.command.goals;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.goals.GoalCommands.AdoptVision;
import se.styrledger.command.goals.GoalCommands.ReviseVision;
import se.styrledger.command.goals.GoalCommands.WithdrawVision;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;
import se.styrledger.events.goals.VisionWithdrawn;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The kommun's vision, the ledstjärna at the top of the röd tråd; adopted, revised and withdrawn by KF. */
@Aggregate
public class Vision {

    static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private UUID visionId;
    private boolean withdrawn;

    protected Vision() {
    }

    @CommandHandler
    public Vision(AdoptVision command, UnitDirectory units, Clock clock) {
        String text = Fields.requireText(command.text(), "text", "Visionens text", MAX_TEXT);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new VisionAdopted(command.visionId(), text, command.decision()));
    }

    @CommandHandler
    public void handle(ReviseVision command, UnitDirectory units, Clock clock) {
        requireInForce();
        String text = Fields.requireText(command.text(), "text", "Visionens text", MAX_TEXT);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new VisionRevised(visionId, text, command.decision()));
    }

    @CommandHandler
    public void handle(WithdrawVision command, UnitDirectory units, Clock clock) {
        requireInForce();
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        GoalRules.requireCouncil(command.decision(), units, clock);
        apply(new VisionWithdrawn(visionId, reason, command.decision()));
    }

    @EventSourcingHandler
    void on(VisionAdopted event) {
        visionId = event.visionId();
    }

    @EventSourcingHandler
    void on(VisionWithdrawn event) {
        withdrawn = true;
    }

    private void requireInForce() {
        if (withdrawn) {
            throw LedgerException.conflict("Visionen är upphävd och kan inte ändras.");
        }
    }
}
