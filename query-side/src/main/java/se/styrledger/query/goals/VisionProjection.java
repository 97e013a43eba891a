package se.styrledger.query.goals;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;
import se.styrledger.events.goals.VisionWithdrawn;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.util.List;

/** Projects the vision into {@code vision_version}. */
@Component
@ProcessingGroup(GoalProjections.PROCESSING_GROUP)
public class VisionProjection extends BitemporalProjection {

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

    /** The vision's versions; every vision event names its vision and takes effect from its decision. */
    static final BitemporalModel<VisionState> MODEL = BitemporalModel.writing(TABLE)
            .on(VisionAdopted.class, VisionAdopted::visionId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version,
                    s -> new VisionState(e.text(), false, null, version, e.decision())))
            .on(VisionRevised.class, VisionRevised::visionId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new VisionState(e.text(), s.withdrawn(), s.withdrawalReason(), version, e.decision())))
            .on(VisionWithdrawn.class, VisionWithdrawn::visionId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new VisionState(s.text(), true, e.reason(), version, e.decision())));

    public VisionProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
