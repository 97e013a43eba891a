package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/** The effektmål's förändringsteori, as ordered steps; a later definition replaces the earlier one as a new version. */
public record ChangeTheoryDefined(UUID goalId, List<ChangeStep> steps, Decision decision) {
}
