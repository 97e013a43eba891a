package se.styrledger.events.indicators;

import java.math.BigDecimal;

/** A målvärde: the level an indicator should reach in a period. */
public record IndicatorTarget(BigDecimal value, Period period) {
}
