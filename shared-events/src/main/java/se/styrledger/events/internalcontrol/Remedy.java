package se.styrledger.events.internalcontrol;

import java.time.LocalDate;

/** An åtgärd for an avvikelse: what is done, who is responsible and by when. */
public record Remedy(String action, String responsible, LocalDate due) {
}
