package se.styrledger.events.accountability;

import java.util.UUID;

/**
 * The revisorer's bedömning of a nämnd's year and their uttalande to KF (R-50, KL 12 kap 12–13 §§): whether they
 * tillstyrka or avstyrka ansvarsfrihet, any anmärkning, and the grounds for either. It recommends; KF decides.
 *
 * @param remark  the revisorer's anmärkning against the nämnd, if any
 * @param grounds why they avstyrka ansvarsfrihet or rikta anmärkning; present whenever either is the case
 */
public record AuditAssessmentIssued(UUID accountabilityId, UUID unitId, int year, String assessment,
                                    AuditRecommendation recommendation, String remark, String grounds,
                                    AuditorsDocument document) {
}
