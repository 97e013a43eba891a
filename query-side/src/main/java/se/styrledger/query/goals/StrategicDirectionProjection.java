package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.SqlArrays;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.util.List;
import java.util.UUID;

/** Projects strategiska inriktningar into {@code strategic_direction_version}. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class StrategicDirectionProjection extends BitemporalProjection {

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

    /** A strategisk inriktning's versions, each taking effect from its decision. */
    static final BitemporalModel<DirectionState> MODEL = BitemporalModel.writing(TABLE)
            .on(StrategicDirectionAdopted.class, StrategicDirectionAdopted::directionId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version,
                            s -> new DirectionState(e.visionId(), e.name(), themes(e.themes()), false, null, version,
                                    e.decision())))
            .on(StrategicDirectionRevised.class, StrategicDirectionRevised::directionId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null
                            ? null : new DirectionState(s.visionId(), e.name(), themes(e.themes()), s.withdrawn(),
                            s.withdrawalReason(), version, e.decision())))
            .on(StrategicDirectionWithdrawn.class, StrategicDirectionWithdrawn::directionId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null
                            ? null : new DirectionState(s.visionId(), s.name(), s.themes(), true, e.reason(), version,
                            e.decision())));

    public StrategicDirectionProjection(ModelWriter writer) {
        super(writer, MODEL);
    }

    private static List<String> themes(List<String> themes) {
        return themes == null ? List.of() : List.copyOf(themes);
    }
}
