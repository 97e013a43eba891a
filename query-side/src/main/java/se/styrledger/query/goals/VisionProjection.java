package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;
import se.styrledger.events.goals.VisionWithdrawn;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.util.List;
import java.util.UUID;

/** Projects the vision into {@code vision_version}. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class VisionProjection {

    record VisionState(String text, boolean withdrawn, String withdrawalReason, int version, Decision decision) {
    }

    static final VersionTable<VisionState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "vision_version";
        }

        @Override
        public String idColumn() {
            return "vision_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("text", "withdrawn", "withdrawal_reason", "version");
        }

        @Override
        public Object[] stateValues(VisionState s) {
            return DecisionView.withValues(s.decision(), s.text(), s.withdrawn(), s.withdrawalReason(), s.version());
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public VisionProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VisionAdopted event, DomainEventMessage<?> message) {
        refold(event.visionId(), message);
    }

    @EventHandler
    void on(VisionRevised event, DomainEventMessage<?> message) {
        refold(event.visionId(), message);
    }

    @EventHandler
    void on(VisionWithdrawn event, DomainEventMessage<?> message) {
        refold(event.visionId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM vision_version");
    }

    private void refold(UUID visionId, DomainEventMessage<?> message) {
        List<Timeline.Change<VisionState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(visionId, event.getPayload(), version));
        writer.write(TABLE, visionId, Timeline.fold(changes), message.getTimestamp(),
                writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<VisionState> change(UUID visionId, Object payload, int version) {
        if (payload instanceof VisionAdopted e && e.visionId().equals(visionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version,
                    s -> new VisionState(e.text(), false, null, version, e.decision()));
        }
        if (payload instanceof VisionRevised e && e.visionId().equals(visionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new VisionState(e.text(), s.withdrawn(), s.withdrawalReason(), version, e.decision()));
        }
        if (payload instanceof VisionWithdrawn e && e.visionId().equals(visionId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new VisionState(s.text(), true, e.reason(), version, e.decision()));
        }
        return null;
    }
}
