package se.styrledger.events.accountability;

import se.styrledger.events.Decision;

import java.util.UUID;

/**
 * KF decided on ansvarsfrihet for a nämnd and its ledamöter for a year (R-51, KL 5 kap 24–25 §§): beviljas, vägras,
 * or beviljas with anmärkning. A refusal or an anmärkning carries KF's grounds.
 */
public record DischargeDecided(UUID accountabilityId, UUID unitId, int year, DischargeOutcome outcome, String grounds,
                               Decision decision) {
}
