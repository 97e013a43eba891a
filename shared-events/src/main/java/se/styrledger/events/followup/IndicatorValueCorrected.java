package se.styrledger.events.followup;

import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A new value supersedes an earlier one for the same indikator, unit and period, with the reason. The earlier
 * value stays in the ledger; a closed report that showed it keeps showing it.
 *
 * @param valueId             the id of this new value
 * @param supersedesValueId   the value it replaces, which was the current one
 * @param afterClosedReportId the first report covering the period, already closed when the correction was
 *                            recorded: the value is "korrigerat efter stängning"; null when no such report was closed
 */
public record IndicatorValueCorrected(UUID valueId, UUID supersedesValueId, UUID indicatorId, UUID unitId,
                                      Period period, BigDecimal value, GenderSplit genderSplit, String source,
                                      String reason, UUID afterClosedReportId) {
}
