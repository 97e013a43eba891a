package se.styrledger.events.economy;

import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A nämnd's utfall: its net cost in SEK from the start of the year to the end of {@code period} (ackumulerat), as
 * the ekonomisystem booked it. Costs count positive, revenues negative, as debit and credit do in SIE.
 */
public record FinancialOutcome(UUID unitId, Period period, BigDecimal amount) {
}
