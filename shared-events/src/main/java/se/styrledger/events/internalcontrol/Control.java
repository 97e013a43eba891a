package se.styrledger.events.internalcontrol;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A kontrollmoment: what is checked, how, who is responsible, by when and how often.
 *
 * @param riskId    the risk the control answers, or null
 * @param frequency how often, in the plan's words, e.g. "varje månad", "en gång per år"
 */
public record Control(UUID controlId, String what, String how, String responsible, LocalDate due, String frequency,
                      UUID riskId) {
}
