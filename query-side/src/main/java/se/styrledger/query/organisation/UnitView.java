package se.styrledger.query.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation unit as it stood on {@code asOf}, as known at {@code knownAt}, with the decision behind that state.
 * {@code kindLabel} and {@code statusLabel} carry the Swedish words for display.
 */
public record UnitView(UUID unitId, String name, String kind, String kindLabel, UUID parentId, boolean dissolved,
                       String statusLabel, LocalDate validFrom, LocalDate validTo, DecisionView decision,
                       long recordedPosition) {

    public record DecisionView(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber) {
    }
}
