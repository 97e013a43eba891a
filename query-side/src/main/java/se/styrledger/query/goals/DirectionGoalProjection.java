package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.util.List;
import java.util.UUID;

/** Projects inriktningsmål into {@code direction_goal_version}; a withdrawn one stays, marked as withdrawn. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class DirectionGoalProjection extends BitemporalProjection {

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

    /** An inriktningsmål's versions, each taking effect from its decision. */
    static final BitemporalModel<DirectionGoalState> MODEL = BitemporalModel.writing(TABLE)
            .on(DirectionGoalAdopted.class, DirectionGoalAdopted::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> new DirectionGoalState(e.directionId(), e.title(),
                    e.description(), e.fromYear(), e.toYear(), false, null, version, e.decision())))
            .on(DirectionGoalRevised.class, DirectionGoalRevised::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionGoalState(e.directionId(), e.title(), e.description(), e.fromYear(), e.toYear(),
                    s.withdrawn(), s.withdrawalReason(), version, e.decision())))
            .on(DirectionGoalWithdrawn.class, DirectionGoalWithdrawn::goalId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DirectionGoalState(s.directionId(), s.title(), s.description(), s.fromYear(), s.toYear(),
                    true, e.reason(), version, e.decision())));

    public DirectionGoalProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
