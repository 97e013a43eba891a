package se.styrledger.query.indicators;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.time.LocalDate;
import java.util.List;

/**
 * Projects indikatorer into {@code indicator_version}. A definition is no decision: the first one holds on every
 * date a query can ask about, so a målvärde attached by a backdated decision still shows what it measures; a
 * revision holds from the day the ledger recorded it in the kommun's calendar (ADR 0009).
 */
@Component
@ProcessingGroup(IndicatorProjection.PROCESSING_GROUP)
public class IndicatorProjection extends BitemporalProjection {

    static final String PROCESSING_GROUP = "indicators";

    /** The earliest date a query accepts ({@code ReadTime}): a first definition holds from here. */
    static final LocalDate SINCE_ALWAYS = LocalDate.of(1900, 1, 1);

    public record IndicatorState(String name, String unitOfMeasure, IndicatorDirection direction,
                                 IndicatorSource source, String koladaKpiId, int version) {
    }

    static final VersionTable<IndicatorState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "indicator_version";
        }

        @Override
        public String idColumn() {
            return "indicator_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("name", "unit_of_measure", "direction", "source", "kolada_kpi_id", "version");
        }

        @Override
        public Object[] stateValues(IndicatorState s) {
            return new Object[]{s.name(), s.unitOfMeasure(), s.direction() == null ? null : s.direction().name(),
                    s.source() == null ? null : s.source().name(), s.koladaKpiId(), s.version()};
        }
    };

    /** An indicator's versions: the first definition holds since always, a revision from the day it was recorded. */
    public static final BitemporalModel<IndicatorState> MODEL = BitemporalModel.writing(TABLE)
            .on(IndicatorDefined.class, IndicatorDefined::indicatorId, (e, version) -> new Timeline.Change<>(
                    SINCE_ALWAYS, version, s -> new IndicatorState(e.name(), e.unitOfMeasure(), e.direction(),
                    e.source(), e.koladaKpiId(), version)))
            .onRecorded(IndicatorRevised.class, IndicatorRevised::indicatorId,
                    (e, version, recorded) -> new Timeline.Change<>(recorded.on(), version, s -> s == null ? null
                            : new IndicatorState(e.name(), e.unitOfMeasure(), e.direction(), e.source(),
                            e.koladaKpiId(), version)));

    public IndicatorProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
