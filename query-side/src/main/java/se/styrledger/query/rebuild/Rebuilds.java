package se.styrledger.query.rebuild;

import org.springframework.stereotype.Component;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ProjectionProgress;

/** Asks for a rebuild and tells how it goes; the coordinators on every query node carry it out. */
@Component
public class Rebuilds {

    private final RebuildStates states;
    private final ProjectionProgress progress;

    public Rebuilds(RebuildStates states, ProjectionProgress progress) {
        this.states = states;
        this.progress = progress;
    }

    /** Starts a rebuild of every read model and returns its generation; 409 while one runs. */
    public long request(String requestedBy) {
        return states.request(requestedBy).orElseThrow(() -> LedgerException.conflict(
                "En ombyggnad av läsmodellerna pågår redan (" + status().summary() + "). Följ den med GET."));
    }

    public RebuildStatus status() {
        return RebuildStatus.of(states.read(), progress.positions());
    }
}
