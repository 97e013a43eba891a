package se.styrledger.command.rights;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.events.Decision;
import se.styrledger.events.rights.Grantee;

import java.time.LocalDate;
import java.util.UUID;

/** The commands of the delegationsordning: grant and revoke a recording right, and the first right from configuration. */
public final class RightCommands {

    private RightCommands() {
    }

    /** Recorded for the body that decided it (KS or KF), like every decision. */
    public record GrantRecordingRight(UUID rightId, Grantee grantee, UUID unitId, Boolean includesSubunits,
                                      Decision decision) implements RecordsDecision {
    }

    public record RevokeRecordingRight(@TargetAggregateIdentifier UUID rightId, String reason, Decision decision)
            implements RecordsDecision {
    }

    /** Sent only by {@link RecordingRightBootstrap}, never over HTTP: there is no right yet to check it against. */
    public record ConfigureRecordingRight(UUID rightId, Grantee grantee, LocalDate validFrom, String configuredAs) {
    }
}
