package se.styrledger.web.support;

import org.springframework.stereotype.Component;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names the beslutsinstans of decisions. A body is named as it was called on the page's date, or, if it did not
 * exist then (a decision recorded before the body's founding date), by its present name.
 */
@Component
public class Decisions {

    private final UnitQueries units;
    private final Clock clock;

    public Decisions(UnitQueries units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The names for one page: load once, then {@link Named#text} for each decision on it. */
    public Named at(ReadTime at) {
        Map<UUID, String> names = new HashMap<>();
        units.all(ReadTime.of(null, null, clock), null, true).forEach(u -> names.put(u.unitId(), u.name()));
        units.all(at, null, true).forEach(u -> names.put(u.unitId(), u.name()));
        return new Named(names);
    }

    public record Named(Map<UUID, String> names) {

        public String name(UUID unitId) {
            return unitId == null ? "Kommunfullmäktige" : names.getOrDefault(unitId, "okänd beslutsinstans");
        }

        public DecisionText text(DecisionView d) {
            return d == null ? null
                    : new DecisionText(name(d.decidedBy()), d.decidedOn(), d.paragraph(), d.caseNumber(),
                    d.effectiveFrom());
        }

        public DecisionText text(UnitView.DecisionView d) {
            return d == null ? null
                    : new DecisionText(name(d.decidedBy()), d.decidedOn(), d.paragraph(), d.caseNumber(), null);
        }
    }
}
