package se.styrledger.events.internalcontrol;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A kontrollmoment was performed on {@code performedOn}; {@code deviation} is the avvikelse it found, or null when it
 * found none.
 */
public record ControlPerformed(UUID planId, UUID controlId, LocalDate performedOn, String result,
                               Deviation deviation) {
}
