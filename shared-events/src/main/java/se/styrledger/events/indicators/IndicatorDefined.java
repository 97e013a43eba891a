package se.styrledger.events.indicators;

import java.util.UUID;

/**
 * An indikator (nyckeltal) was defined: what it measures, in which unit of measure, whether higher or lower is
 * better, and where its values come from (with the Kolada KPI id, e.g. "N00002", when the source is Kolada).
 */
public record IndicatorDefined(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId) {
}
