package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.util.List;
import java.util.UUID;

/** Projects inriktningsmål into {@code direction_goal_version}; a withdrawn one stays, marked as withdrawn. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class DirectionGoalProjection {

    record DirectionGoalState(UUID directionId, String title, String description, int fromYear, int toYear,
                              boolean withdrawn, String withdrawalReason, int version, Decision decision) {
    }

    static final VersionTable<DirectionGoalState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "direction_goal_version";
        }

        @Override
        public String idColumn() {
            return "goal_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("direction_id", "title", "description", "from_year", "to_year",
                    "withdrawn", "withdrawal_reason", "version");
        }

        @Override
        public Object[] stateValues(DirectionGoalState s) {
            return DecisionView.withValues(s.decision(), s.directionId(), s.title(), s.description(), s.fromYear(),
                    s.toYear(), s.withdrawn(), s.withdrawalReason(), s.version());
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public DirectionGoalProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DirectionGoalAdopted event, DomainEventMessage<?> message) {
        refold(event.goalId(), message);
    }

    @EventHandler
    void on(DirectionGoalRevised event, DomainEventMessage<?> message) {
        refold(event.goalId(), message);
    }

    @EventHandler
    void on(DirectionGoalWithdrawn event, DomainEventMessage<?> message) {
        refold(event.goalId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM direction_goal_version");
    }

    private void refold(UUID goalId, DomainEventMessage<?> message) {
        List<Timeline.Change<DirectionGoalState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(goalId, event.getPayload(), version));
        writer.write(TABLE, goalId, Timeline.fold(changes), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<DirectionGoalState> change(UUID goalId, Object payload, int version) {
        if (payload instanceof DirectionGoalAdopted e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> new DirectionGoalState(
                    e.directionId(), e.title(), e.description(), e.fromYear(), e.toYear(), false, null, version,
                    e.decision()));
        }
        if (payload instanceof DirectionGoalRevised e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionGoalState(e.directionId(), e.title(), e.description(), e.fromYear(), e.toYear(),
                    s.withdrawn(), s.withdrawalReason(), version, e.decision()));
        }
        if (payload instanceof DirectionGoalWithdrawn e && e.goalId().equals(goalId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionGoalState(s.directionId(), s.title(), s.description(), s.fromYear(), s.toYear(),
                    true, e.reason(), version, e.decision()));
        }
        return null;
    }
}
