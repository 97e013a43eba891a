package se.styrledger.events.internalcontrol;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The nämnd's answer to an avvikelse: an åtgärd, or the recorded reason why none is taken.
 *
 * @param remedy         the åtgärd, or null when none is taken
 * @param noRemedyReason why no åtgärd is taken, or null when there is one
 * @param decidedOn      the day the åtgärd or the reason was decided
 */
public record RemedyRecorded(UUID planId, UUID deviationId, Remedy remedy, String noRemedyReason,
                             LocalDate decidedOn) {
}
