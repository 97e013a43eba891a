package se.styrledger.query.activities;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Projects aktiviteter into {@code activity_version} ({@link ActivityStatusChanges} keeps each status change with
 * its comment). Only the planning carries a decision; a status change takes effect on its {@code changedOn} and a
 * revision on the day the ledger recorded it in the kommun's calendar (ADR 0009).
 */
@Component
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
public class ActivityProjection extends BitemporalProjection {

    static final String PROCESSING_GROUP = "activities";

    public record ActivityState(UUID effectGoalId, String title, String responsible, LocalDate dueDate,
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

    /**
     * An aktivitet's versions: planned by a decision, revised from the day the revision was recorded, and its
     * status from the day it changed.
     */
    public static final BitemporalModel<ActivityState> MODEL = BitemporalModel.writing(TABLE)
            .on(ActivityPlanned.class, ActivityPlanned::activityId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> new ActivityState(e.effectGoalId(), e.title(),
                    e.responsible(), e.dueDate(), e.imposedByCouncil(), ActivityStatus.PLANNED, null, null, null,
                    version, e.decision())))
            .onRecorded(ActivityRevised.class, ActivityRevised::activityId,
                    (e, version, recorded) -> new Timeline.Change<>(recorded.on(), version, s -> s == null ? null
                            : new ActivityState(s.effectGoalId(), e.title(), e.responsible(), e.dueDate(),
                            s.imposedByCouncil(), s.status(), s.statusComment(), s.statusChangedOn(), e.reason(),
                            version, s.decision())))
            .on(ActivityStatusChanged.class, ActivityStatusChanged::activityId, (e, version) -> new Timeline.Change<>(
                    e.changedOn(), version, s -> s == null ? null
                    : new ActivityState(s.effectGoalId(), s.title(), s.responsible(), s.dueDate(),
                    s.imposedByCouncil(), e.status(), e.comment(), e.changedOn(), s.revisionReason(), version,
                    s.decision())));

    public ActivityProjection(ModelWriter writer) {
        super(writer, MODEL);
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
