package se.styrledger.events.kolada;

import se.styrledger.events.followup.GenderSplit;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A reference value: another kommun's figure for an indikator and a year, kept to compare with, never the kommun's
 * own utfall. A revised figure is a new reference value that names the one it supersedes and why.
 *
 * @param municipalityId    Kolada's id of the comparison kommun, e.g. "1280" for Malmö
 * @param supersedesValueId the reference value it replaces, or null for the first one of the series
 * @param reason            why it replaces it, or null
 */
public record ReferenceValueRecorded(UUID valueId, UUID indicatorId, String municipalityId, String municipalityName,
                                     int year, BigDecimal value, GenderSplit genderSplit, String source,
                                     UUID supersedesValueId, String reason) {
}
