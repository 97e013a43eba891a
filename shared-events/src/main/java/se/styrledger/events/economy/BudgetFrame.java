package se.styrledger.events.economy;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A nämnd's ram (net cost frame) in SEK for the budget's year; in a {@link BudgetAmended} the signed change to it.
 */
public record BudgetFrame(UUID unitId, BigDecimal amount) {
}
