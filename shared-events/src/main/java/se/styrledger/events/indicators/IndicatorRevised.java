package se.styrledger.events.indicators;

import java.util.UUID;

/** The indicator's description changed under the same id; its values stay attached to it. */
public record IndicatorRevised(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId, String description,
                               Boolean genderSplitAvailable) {

    /** Without description and gender split, as recorded before Kolada's KPI metadata was kept. */
    public IndicatorRevised(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
              IndicatorSource source, String koladaKpiId) {
        this(indicatorId, name, unitOfMeasure, direction, source, koladaKpiId, null, null);
    }
}
