package se.styrledger.events.followup;

import java.math.BigDecimal;

/**
 * An indicator value split by gender as Kolada reports it: the value itself is T (totalt), {@code women} is K
 * (kvinnor) and {@code men} is M (män). Either part may be missing when the source does not give it.
 */
public record GenderSplit(BigDecimal women, BigDecimal men) {
}
