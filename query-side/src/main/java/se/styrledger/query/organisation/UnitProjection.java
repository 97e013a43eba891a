package se.styrledger.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Projects organisation units into {@code unit_version}, one row per version on both time axes. */
@Component
@ProcessingGroup(UnitProjection.PROCESSING_GROUP)
public class UnitProjection {

    public static final String PROCESSING_GROUP = "units";

    /** A unit as it stands from one decision to the next, with the decision that made it so. */
    record UnitState(String name, UnitKind kind, UUID parentId, boolean dissolved, Decision decision) {
    }

    static final VersionTable<UnitState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "unit_version";
        }

        @Override
        public String idColumn() {
            return "unit_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("name", "kind", "parent_id", "dissolved", "decided_by", "decided_on", "paragraph",
                    "case_number");
        }

        @Override
        public Object[] stateValues(UnitState s) {
            Decision d = s.decision();
            return new Object[]{s.name(), s.kind().name(), s.parentId(), s.dissolved(), d.decidedBy(),
                    java.sql.Date.valueOf(d.decidedOn()), d.paragraph(), d.caseNumber()};
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public UnitProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitEstablished event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.unitId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(UnitRenamed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.unitId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(UnitMoved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.unitId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(UnitDissolved event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.unitId(), sequence, recordedAt, message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM unit_version");
    }

    private void refold(UUID unitId, long sequence, Instant recordedAt, EventMessage<?> message) {
        List<Timeline.Change<UnitState>> changes = history.upTo(unitId, sequence).stream()
                .map(UnitProjection::change)
                .toList();
        writer.write(TABLE, unitId, Timeline.fold(changes), recordedAt, writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<UnitState> change(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        long seq = message.getSequenceNumber();
        if (payload instanceof UnitEstablished e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq,
                    s -> new UnitState(e.name(), e.kind(), e.parentId(), false, e.decision()));
        }
        if (payload instanceof UnitRenamed e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(e.name(), s.kind(), s.parentId(), s.dissolved(), e.decision()));
        }
        if (payload instanceof UnitMoved e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(s.name(), s.kind(), e.parentId(), s.dissolved(), e.decision()));
        }
        if (payload instanceof UnitDissolved e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq,
                    s -> s == null ? null : new UnitState(s.name(), s.kind(), s.parentId(), true, e.decision()));
        }
        throw new IllegalArgumentException("Not a unit event: " + payload.getClass().getName());
    }
}
