package se.styrledger.query.indicators;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Projects indikatorer into {@code indicator_version}. A definition is no decision: the first one holds on every
 * date a query can ask about, so a målvärde attached by a backdated decision still shows what it measures; a
 * revision holds from the day the ledger recorded it in the kommun's calendar (ADR 0009).
 */
@Component
@ProcessingGroup(IndicatorProjection.PROCESSING_GROUP)
public class IndicatorProjection {

    static final String PROCESSING_GROUP = "indicators";

    /** The earliest date a query accepts ({@code ReadTime}): a first definition holds from here. */
    static final LocalDate SINCE_ALWAYS = LocalDate.of(1900, 1, 1);

    record IndicatorState(String name, String unitOfMeasure, IndicatorDirection direction, IndicatorSource source,
                          String koladaKpiId, int version) {
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

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;
    private final ZoneId kommunZone;

    public IndicatorProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc, Clock clock) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
        this.kommunZone = clock.getZone();
    }

    @EventHandler
    void on(IndicatorDefined event, DomainEventMessage<?> message) {
        refold(event.indicatorId(), message);
    }

    @EventHandler
    void on(IndicatorRevised event, DomainEventMessage<?> message) {
        refold(event.indicatorId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM indicator_version");
    }

    private void refold(UUID indicatorId, DomainEventMessage<?> message) {
        List<Timeline.Change<IndicatorState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(indicatorId, event, version, kommunZone));
        writer.write(TABLE, indicatorId, Timeline.fold(changes), message.getTimestamp(),
                writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<IndicatorState> change(UUID indicatorId, DomainEventMessage<?> event, int version,
                                                  ZoneId kommunZone) {
        Object payload = event.getPayload();
        if (payload instanceof IndicatorDefined e && e.indicatorId().equals(indicatorId)) {
            return new Timeline.Change<>(SINCE_ALWAYS, version, s -> new IndicatorState(e.name(),
                    e.unitOfMeasure(), e.direction(), e.source(), e.koladaKpiId(), version));
        }
        if (payload instanceof IndicatorRevised e && e.indicatorId().equals(indicatorId)) {
            LocalDate recordedOn = LocalDate.ofInstant(event.getTimestamp(), kommunZone);
            return new Timeline.Change<>(recordedOn, version, s -> s == null ? null : new IndicatorState(e.name(),
                    e.unitOfMeasure(), e.direction(), e.source(), e.koladaKpiId(), version));
        }
        return null;
    }
}
