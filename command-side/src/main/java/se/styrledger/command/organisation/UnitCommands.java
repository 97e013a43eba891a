package se.styrledger.command.organisation;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordingScope;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;

import java.util.UUID;

/** Commands on organisation units, each carrying the decision that makes it. */
public final class UnitCommands {

    private UnitCommands() {
    }

    public record EstablishUnit(UUID unitId, String name, UnitKind kind, UUID parentId, Decision decision)
            implements RecordsDecision {

        /** Kommunfullmäktige's founding decision is its own: only a recorder for a KF (or the kommun) records it. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return kind == UnitKind.COUNCIL ? RecordingScope.council() : RecordingScope.decidingBody(decision);
        }
    }

    public record RenameUnit(@TargetAggregateIdentifier UUID unitId, String name, Decision decision)
            implements RecordsDecision {
    }

    public record MoveUnit(@TargetAggregateIdentifier UUID unitId, UUID parentId, Decision decision)
            implements RecordsDecision {
    }

    public record DissolveUnit(@TargetAggregateIdentifier UUID unitId, Decision decision) implements RecordsDecision {
    }
}
