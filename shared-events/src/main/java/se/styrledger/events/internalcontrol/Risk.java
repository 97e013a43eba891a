package se.styrledger.events.internalcontrol;

import java.util.UUID;

/** A risk in a nämnd's riskanalys, scored 1–4 for sannolikhet (likelihood) and konsekvens (consequence). */
public record Risk(UUID riskId, String description, int likelihood, int consequence) {
}
