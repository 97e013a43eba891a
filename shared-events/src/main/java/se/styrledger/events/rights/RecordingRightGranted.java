package se.styrledger.events.rights;

import se.styrledger.events.Decision;

import java.util.UUID;

/**
 * A body that may delegate (KS unless configured otherwise) has decided that {@code grantee} may record for
 * {@code unitId}, and for every unit below it when {@code includesSubunits}, from the decision's effective date
 * (delegationsordning, R-32).
 */
public record RecordingRightGranted(UUID rightId, Grantee grantee, UUID unitId, boolean includesSubunits,
                                    Decision decision) {
}
