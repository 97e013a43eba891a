package se.styrledger.command.rights;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.rights.RightCommands.ConfigureRecordingRight;
import se.styrledger.command.rights.RightCommands.GrantRecordingRight;
import se.styrledger.command.rights.RightCommands.RevokeRecordingRight;
import se.styrledger.command.support.Fields;
import se.styrledger.events.Decision;
import se.styrledger.events.rights.Grantee;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.events.rights.RecordingRightGranted;
import se.styrledger.events.rights.RecordingRightRevoked;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A behörighet: an account or a group may record for a unit, and if the decision says so for the units below
 * it, from the decision's effective date until a revocation takes effect. Granted and revoked only by a body the
 * delegationsordning names ({@link RecordingRightSettings#grantingBodies()}), each time with a whole decision.
 */
@Aggregate
public class RecordingRight {

    private static final int MAX_GRANTEE = 200;
    private static final int MAX_REASON = 2000;

    @AggregateIdentifier
    private UUID rightId;
    private LocalDate validFrom;
    private boolean revoked;

    protected RecordingRight() {
    }

    @CommandHandler
    public RecordingRight(GrantRecordingRight command, UnitDirectory units, RecordingRightSettings settings,
                          Clock clock) {
        if (command.rightId() == null) {
            throw LedgerException.invalid("rightId", "Behörighetens id saknas.");
        }
        Grantee grantee = requireGrantee(command.grantee());
        if (command.unitId() == null) {
            throw LedgerException.invalid("unitId", "Ange enheten behörigheten gäller (unitId).");
        }
        UnitDirectory.Unit unit = units.find(command.unitId())
                .orElseThrow(() -> LedgerException.ruleViolation("R-32", "unitId",
                        "Enheten " + command.unitId() + " finns inte i organisationen."));
        requireMayGrant(command.decision(), units, settings, clock);
        LocalDate from = command.decision().effectiveFrom();
        if (unit.dissolvedOn() != null && !from.isBefore(unit.dissolvedOn())) {
            throw LedgerException.ruleViolation("R-32", "unitId", "Enheten är avvecklad från " + unit.dissolvedOn()
                    + "; en behörighet för den kan inte gälla från " + from + ".");
        }
        apply(new RecordingRightGranted(command.rightId(), grantee, command.unitId(),
                Boolean.TRUE.equals(command.includesSubunits()), command.decision()));
    }

    @CommandHandler
    public RecordingRight(ConfigureRecordingRight command) {
        apply(new RecordingRightConfigured(command.rightId(), requireGrantee(command.grantee()), command.validFrom(),
                command.configuredAs()));
    }

    @CommandHandler
    public void handle(RevokeRecordingRight command, UnitDirectory units, RecordingRightSettings settings,
                       Clock clock) {
        if (revoked) {
            throw LedgerException.conflict("Behörigheten " + rightId + " är redan återkallad.");
        }
        String reason = Fields.optionalText(command.reason(), "reason", "Skäl", MAX_REASON);
        requireMayGrant(command.decision(), units, settings, clock);
        if (command.decision().effectiveFrom().isBefore(validFrom)) {
            throw LedgerException.ruleViolation("R-32", "decision.effectiveFrom", "Behörigheten gäller från "
                    + validFrom + " och kan inte återkallas från ett tidigare datum.");
        }
        apply(new RecordingRightRevoked(rightId, reason, command.decision()));
    }

    /** R-31 for the decision itself, and the delegationsordning's say on who may decide on rights. */
    private static void requireMayGrant(Decision decision, UnitDirectory units, RecordingRightSettings settings,
                                        Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (!settings.grantingBodies().contains(body.kind())) {
            throw LedgerException.ruleViolation("R-32", "decision.decidedBy", "En " + body.kind().swedish()
                    + " beslutar inte om behörigheter att registrera; enligt delegationsordningen gör "
                    + settings.grantingBodies().stream().map(k -> k.swedish()).sorted().toList() + " det.");
        }
    }

    private static Grantee requireGrantee(Grantee grantee) {
        if (grantee == null || grantee.kind() == null) {
            throw LedgerException.invalid("grantee.kind",
                    "Ange vem behörigheten ges till: ett konto (ACCOUNT) eller en grupp (GROUP).");
        }
        return new Grantee(grantee.kind(), Fields.requireText(grantee.name(), "grantee.name",
                "Kontots eller gruppens namn", MAX_GRANTEE));
    }

    @EventSourcingHandler
    void on(RecordingRightGranted event) {
        rightId = event.rightId();
        validFrom = event.decision().effectiveFrom();
    }

    @EventSourcingHandler
    void on(RecordingRightConfigured event) {
        rightId = event.rightId();
        validFrom = event.validFrom();
    }

    @EventSourcingHandler
    void on(RecordingRightRevoked event) {
        revoked = true;
    }
}
