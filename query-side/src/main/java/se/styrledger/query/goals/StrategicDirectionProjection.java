package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.SqlArrays;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.util.List;
import java.util.UUID;

/** Projects strategiska inriktningar into {@code strategic_direction_version}. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class StrategicDirectionProjection {

    record DirectionState(UUID visionId, String name, List<String> themes, boolean withdrawn, String withdrawalReason,
                          int version, Decision decision) {
    }

    static final VersionTable<DirectionState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "strategic_direction_version";
        }

        @Override
        public String idColumn() {
            return "direction_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("vision_id", "name", "themes", "withdrawn", "withdrawal_reason",
                    "version");
        }

        @Override
        public Object[] stateValues(DirectionState s) {
            return DecisionView.withValues(s.decision(), s.visionId(), s.name(), SqlArrays.of("text", s.themes()),
                    s.withdrawn(), s.withdrawalReason(), s.version());
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public StrategicDirectionProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StrategicDirectionAdopted event, DomainEventMessage<?> message) {
        refold(event.directionId(), message);
    }

    @EventHandler
    void on(StrategicDirectionRevised event, DomainEventMessage<?> message) {
        refold(event.directionId(), message);
    }

    @EventHandler
    void on(StrategicDirectionWithdrawn event, DomainEventMessage<?> message) {
        refold(event.directionId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM strategic_direction_version");
    }

    private void refold(UUID directionId, DomainEventMessage<?> message) {
        List<Timeline.Change<DirectionState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(directionId, event.getPayload(), version));
        writer.write(TABLE, directionId, Timeline.fold(changes), message.getTimestamp(),
                writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<DirectionState> change(UUID directionId, Object payload, int version) {
        if (payload instanceof StrategicDirectionAdopted e && e.directionId().equals(directionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> new DirectionState(
                    e.visionId(), e.name(), themes(e.themes()), false, null, version, e.decision()));
        }
        if (payload instanceof StrategicDirectionRevised e && e.directionId().equals(directionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionState(s.visionId(), e.name(), themes(e.themes()), s.withdrawn(),
                    s.withdrawalReason(), version, e.decision()));
        }
        if (payload instanceof StrategicDirectionWithdrawn e && e.directionId().equals(directionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionState(s.visionId(), s.name(), s.themes(), true, e.reason(), version,
                    e.decision()));
        }
        return null;
    }

    private static List<String> themes(List<String> themes) {
        return themes == null ? List.of() : List.copyOf(themes);
    }
}
