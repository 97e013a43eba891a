package se.styrledger.events.indicators;

import java.util.UUID;

/** The indicator's description changed under the same id; its values stay attached to it. */
public record IndicatorRevised(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId) {
}
