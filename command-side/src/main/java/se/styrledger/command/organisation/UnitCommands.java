package se.styrledger.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;

import java.util.UUID;

/** Commands on organisation units, each carrying the decision that makes it. */
public final class UnitCommands {

    private UnitCommands() {
    }

    public record EstablishUnit(UUID unitId, String name, UnitKind kind, UUID parentId, Decision decision) {
    }

    public record RenameUnit(@TargetAggregateIdentifier UUID unitId, String name, Decision decision) {
    }

    public record MoveUnit(@TargetAggregateIdentifier UUID unitId, UUID parentId, Decision decision) {
    }

    public record DissolveUnit(@TargetAggregateIdentifier UUID unitId, Decision decision) {
    }
}
