package se.styrledger.events.economy;

import java.util.UUID;

/**
 * A bolag's financial target as KF states it in the ägardirektiv, e.g. "soliditet minst 15 %".
 *
 * @param ownerDirectiveId the ägardirektiv (a styrdokument) the target comes from; null when not yet recorded
 */
public record CompanyFinancialTarget(UUID unitId, String target, UUID ownerDirectiveId) {
}
