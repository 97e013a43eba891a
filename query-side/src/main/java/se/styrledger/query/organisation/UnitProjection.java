package se.styrledger.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.util.List;
import java.util.UUID;

/** Projects organisation units into {@code unit_version}, one row per version on both time axes. */
@Component
@ProcessingGroup(UnitProjection.PROCESSING_GROUP)
public class UnitProjection extends BitemporalProjection {

    public static final String PROCESSING_GROUP = "units";

    /** A unit as it stands from one decision to the next, with the decision that made it so. */
    public record UnitState(String name, UnitKind kind, UUID parentId, boolean dissolved, Decision decision) {
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

    /** A unit's versions: every unit event names its unit and takes effect from its decision. */
    public static final BitemporalModel<UnitState> MODEL = BitemporalModel.writing(TABLE)
            .on(UnitEstablished.class, UnitEstablished::unitId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version,
                    s -> new UnitState(e.name(), e.kind(), e.parentId(), false, e.decision())))
            .on(UnitRenamed.class, UnitRenamed::unitId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new UnitState(e.name(), s.kind(), s.parentId(), s.dissolved(), e.decision())))
            .on(UnitMoved.class, UnitMoved::unitId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new UnitState(s.name(), s.kind(), e.parentId(), s.dissolved(), e.decision())))
            .on(UnitDissolved.class, UnitDissolved::unitId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new UnitState(s.name(), s.kind(), s.parentId(), true, e.decision())));

    public UnitProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
