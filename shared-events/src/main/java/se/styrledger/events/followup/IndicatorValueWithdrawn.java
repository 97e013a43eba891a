package se.styrledger.events.followup;

import se.styrledger.events.indicators.Period;

import java.util.UUID;

/**
 * The value in force is withdrawn without a replacement: its source no longer gives a figure for the period (Kolada
 * deleted it). The value stays in the ledger; from now on the series has no current value until a new one is
 * reported.
 */
public record IndicatorValueWithdrawn(UUID valueId, UUID indicatorId, UUID unitId, Period period, String reason) {
}
