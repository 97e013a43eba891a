package se.styrledger.events.internalcontrol;

import java.util.UUID;

/** An avvikelse a control found. */
public record Deviation(UUID deviationId, String description) {
}
