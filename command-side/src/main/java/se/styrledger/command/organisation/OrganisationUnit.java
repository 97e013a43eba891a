package se.styrledger.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.UnitCommands.DissolveUnit;
import se.styrledger.command.organisation.UnitCommands.EstablishUnit;
import se.styrledger.command.organisation.UnitCommands.MoveUnit;
import se.styrledger.command.organisation.UnitCommands.RenameUnit;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An organisation unit: KF, KS, a nämnd, a bolag, a förvaltning or an enhet. Established, renamed, moved and
 * dissolved by decisions; a dissolved unit stays in the ledger and takes no further changes.
 */
@Aggregate
public class OrganisationUnit {

    private static final int MAX_NAME = 200;

    @AggregateIdentifier
    private UUID unitId;
    private UnitKind kind;
    private String name;
    private UUID parentId;
    private boolean dissolved;

    protected OrganisationUnit() {
    }

    @CommandHandler
    public OrganisationUnit(EstablishUnit command, UnitDirectory directory, Clock clock) {
        String name = Fields.requireText(command.name(), "name", "Namn", MAX_NAME);
        if (command.unitId() == null) {
            throw LedgerException.invalid("unitId", "Enhetens id saknas.");
        }
        if (command.kind() == null) {
            throw LedgerException.invalid("kind", "Ange vilken sorts enhet det är (kind).");
        }
        Decision decision = command.decision();
        if (command.kind() == UnitKind.COUNCIL) {
            // Kommunfullmäktige exists by law; its founding decision is its own.
            DecisionCheck.requireComplete(decision, clock);
            if (command.parentId() != null) {
                throw LedgerException.invalid("parentId", "Kommunfullmäktige ligger inte under någon annan enhet.");
            }
            decision = DecisionCheck.decidedBySelf(decision, command.unitId());
        } else {
            DecisionCheck.requireValid(decision, directory, clock);
            requireParent(command.kind(), command.parentId(), directory, decision);
        }
        apply(new UnitEstablished(command.unitId(), name, command.kind(), command.parentId(), decision));
    }

    @CommandHandler
    public void handle(RenameUnit command, UnitDirectory directory, Clock clock) {
        requireActive();
        String newName = Fields.requireText(command.name(), "name", "Namn", MAX_NAME);
        DecisionCheck.requireValid(command.decision(), directory, clock);
        if (!newName.equals(name)) {
            apply(new UnitRenamed(unitId, newName, command.decision()));
        }
    }

    @CommandHandler
    public void handle(MoveUnit command, UnitDirectory directory, Clock clock) {
        requireActive();
        DecisionCheck.requireValid(command.decision(), directory, clock);
        if (unitId.equals(command.parentId())) {
            throw LedgerException.invalid("parentId", "En enhet kan inte ligga under sig själv.");
        }
        requireParent(kind, command.parentId(), directory, command.decision());
        requireNoCycle(command.parentId(), directory);
        apply(new UnitMoved(unitId, command.parentId(), command.decision()));
    }

    @CommandHandler
    public void handle(DissolveUnit command, UnitDirectory directory, Clock clock) {
        requireActive();
        DecisionCheck.requireValid(command.decision(), directory, clock);
        apply(new UnitDissolved(unitId, command.decision()));
    }

    @EventSourcingHandler
    void on(UnitEstablished event) {
        unitId = event.unitId();
        kind = event.kind();
        name = event.name();
        parentId = event.parentId();
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(UnitMoved event) {
        parentId = event.parentId();
    }

    @EventSourcingHandler
    void on(UnitDissolved event) {
        dissolved = true;
    }

    private void requireActive() {
        if (dissolved) {
            throw LedgerException.conflict("Enheten är avvecklad och kan inte ändras.");
        }
    }

    private static void requireParent(UnitKind kind, UUID parentId, UnitDirectory directory, Decision decision) {
        if (parentId == null) {
            throw LedgerException.invalid("parentId", "Ange vilken enhet " + kind.swedish() + " ligger under.");
        }
        UnitDirectory.Unit parent = directory.find(parentId).orElseThrow(() -> LedgerException.invalid("parentId",
                "Överordnad enhet " + parentId + " finns inte."));
        if (!parent.existsOn(decision.effectiveFrom())) {
            throw LedgerException.invalid("parentId",
                    "Överordnad enhet finns inte den " + decision.effectiveFrom() + ".");
        }
        if (!OrganisationShape.mayBeUnder(kind, parent.kind())) {
            throw LedgerException.invalid("parentId", "En " + kind.swedish() + " kan inte ligga under en "
                    + parent.kind().swedish() + ".");
        }
    }

    private void requireNoCycle(UUID newParentId, UnitDirectory directory) {
        for (UUID at = newParentId; at != null; at = directory.find(at).map(UnitDirectory.Unit::parentId).orElse(null)) {
            if (at.equals(unitId)) {
                throw LedgerException.invalid("parentId", "Flytten skulle lägga enheten under sig själv.");
            }
        }
    }
}
