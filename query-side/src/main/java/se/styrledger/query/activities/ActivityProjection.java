package se.styrledger.query.activities;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.RowTable;
import se.styrledger.query.support.RowWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Projects aktiviteter into {@code activity_version} and every status change with its comment into
 * {@code activity_status_change}. Only the planning carries a decision; a status change takes effect on its
 * {@code changedOn} and a revision on the day the ledger recorded it in the kommun's calendar (ADR 0009).
 */
@Component
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
public class ActivityProjection {

    static final String PROCESSING_GROUP = "activities";

    record ActivityState(UUID effectGoalId, String title, String responsible, LocalDate dueDate,
                         boolean imposedByCouncil, ActivityStatus status, String statusComment,
                         LocalDate statusChangedOn, String revisionReason, int version, Decision decision) {
    }

    static final VersionTable<ActivityState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "activity_version";
        }

        @Override
        public String idColumn() {
            return "activity_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("effect_goal_id", "title", "responsible", "due_date",
                    "imposed_by_council", "status", "status_comment", "status_changed_on", "revision_reason",
                    "version");
        }

        @Override
        public Object[] stateValues(ActivityState s) {
            return DecisionView.withValues(s.decision(), s.effectGoalId(), s.title(), s.responsible(),
                    date(s.dueDate()), s.imposedByCouncil(), s.status().name(), s.statusComment(),
                    date(s.statusChangedOn()), s.revisionReason(), s.version());
        }
    };

    private static final RowTable STATUS_CHANGES = RowTable.of("activity_status_change", "activity_id",
            "sequence_number", "status", "comment", "changed_on", "recorded_from", "recorded_position")
            .onRedelivery("ON CONFLICT (activity_id, sequence_number) DO NOTHING");

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;
    /** Stateless over {@code jdbc}: written in sets during a shared replay (ADR 0180). */
    private final RowWriter rows;
    private final ZoneId kommunZone;

    public ActivityProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc, Clock clock) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
        this.rows = new RowWriter(jdbc);
        this.kommunZone = clock.getZone();
    }

    @EventHandler
    void on(ActivityPlanned event, DomainEventMessage<?> message) {
        refold(event.activityId(), message);
    }

    @EventHandler
    void on(ActivityRevised event, DomainEventMessage<?> message) {
        refold(event.activityId(), message);
    }

    @EventHandler
    void on(ActivityStatusChanged event, DomainEventMessage<?> message) {
        long position = writer.positionOf(message.getIdentifier());
        rows.insert(STATUS_CHANGES, event.activityId(), message.getSequenceNumber(), event.status().name(), event.comment(),
                date(event.changedOn()), Timestamp.from(message.getTimestamp()), position);
        refold(event.activityId(), message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM activity_version");
        jdbc.update("DELETE FROM activity_status_change");
    }

    private void refold(UUID activityId, DomainEventMessage<?> message) {
        List<Timeline.Change<ActivityState>> changes = NumberedChanges.from(history.upTo(message),
                (event, version) -> change(activityId, event, version, kommunZone));
        writer.write(TABLE, activityId, Timeline.fold(changes), message.getTimestamp(),
                writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<ActivityState> change(UUID activityId, DomainEventMessage<?> event, int version,
                                                 ZoneId kommunZone) {
        Object payload = event.getPayload();
        if (payload instanceof ActivityPlanned e && e.activityId().equals(activityId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> new ActivityState(
                    e.effectGoalId(), e.title(), e.responsible(), e.dueDate(), e.imposedByCouncil(),
                    ActivityStatus.PLANNED, null, null, null, version, e.decision()));
        }
        if (payload instanceof ActivityRevised e && e.activityId().equals(activityId)) {
            LocalDate recordedOn = LocalDate.ofInstant(event.getTimestamp(), kommunZone);
            return new Timeline.Change<>(recordedOn, version, s -> s == null ? null
                    : new ActivityState(s.effectGoalId(), e.title(), e.responsible(), e.dueDate(),
                    s.imposedByCouncil(), s.status(), s.statusComment(), s.statusChangedOn(), e.reason(), version,
                    s.decision()));
        }
        if (payload instanceof ActivityStatusChanged e && e.activityId().equals(activityId)) {
            return new Timeline.Change<>(e.changedOn(), version, s -> s == null ? null
                    : new ActivityState(s.effectGoalId(), s.title(), s.responsible(), s.dueDate(),
                    s.imposedByCouncil(), e.status(), e.comment(), e.changedOn(), s.revisionReason(), version,
                    s.decision()));
        }
        return null;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
