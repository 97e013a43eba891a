package se.styrledger.events.economy;

import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A nämnd's prognos of its net cost for the whole year, made at {@code period}, with the åtgärder it reports when
 * the prognos is over its ram.
 *
 * @param remedy the åtgärder reported, or null when none
 */
public record ForecastReported(UUID forecastId, UUID unitId, Period period, BigDecimal fullYear, String source,
                               String remedy) {
}
