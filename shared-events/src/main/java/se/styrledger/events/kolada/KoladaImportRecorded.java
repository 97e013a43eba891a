package se.styrledger.events.kolada;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One run of the Kolada import, so a revisor can see where an imported value came from: what was asked for, from
 * where, and what it changed. A run that changes nothing records none of these.
 *
 * @param baseUrl          the Kolada API the figures came from
 * @param fromDate         the incremental run's {@code from_date}, or null for a full run
 * @param values           figures read from Kolada (one per KPI, kommun, year)
 * @param reported         new values of the kommun's own
 * @param corrected        corrections of the kommun's own values Kolada revised
 * @param withdrawn        own values Kolada deleted
 * @param references       reference values recorded, revised or withdrawn for the comparison kommuner
 * @param missing          figures Kolada marks "Missing": no value
 */
public record KoladaImportRecorded(UUID runId, String baseUrl, List<String> kpiIds, String municipalityId,
                                   List<String> comparisonMunicipalityIds, LocalDate fromDate, long values,
                                   long reported, long corrected, long withdrawn, long references, long missing) {
}
