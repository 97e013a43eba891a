package se.styrledger.events.followup;

import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An utfall: the value of an indikator for one organisation unit and one period, with where the figure comes from.
 * The unit is the one the figure measures: a nämnd or bolag for its effektmål, kommunfullmäktige for the whole
 * kommun and its inriktningsmål.
 *
 * @param value           the total (Kolada's T)
 * @param genderSplit     the split by gender, or null
 * @param source          where the figure comes from, e.g. "Kolada N00002, hämtad 2024-05-10"
 * @param lateForReportId the report that should have included this value, already closed when it was reported:
 *                        the value is accepted and flagged late; null when it came in time
 */
public record IndicatorValueReported(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                                     GenderSplit genderSplit, String source, UUID lateForReportId) {
}
