package se.styrledger.events.indicators;

import java.util.UUID;

/**
 * An indikator (nyckeltal) was defined: what it measures, in which unit of measure, whether higher or lower is
 * better, and where its values come from (with the Kolada KPI id, e.g. "N00002", when the source is Kolada).
 *
 * @param description          what the figure means (Kolada's description of the KPI), or null
 * @param genderSplitAvailable whether the source splits the figure by gender (Kolada's K/M), or null when unknown
 */
public record IndicatorDefined(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId, String description,
                               Boolean genderSplitAvailable) {

    /** Without description and gender split, as recorded before Kolada's KPI metadata was kept. */
    public IndicatorDefined(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
              IndicatorSource source, String koladaKpiId) {
        this(indicatorId, name, unitOfMeasure, direction, source, koladaKpiId, null, null);
    }
}
