package se.styrledger.command.support;

import se.styrledger.events.Decision;

/**
 * A command that records a decision records for the body that decided it: a KF decision needs a right for KF, a
 * socialnämnd's decision one for socialnämnden. A command record with a {@code decision} component gets this
 * by declaring {@code implements RecordsDecision}.
 */
public interface RecordsDecision extends RecordsForUnits {

    Decision decision();

    @Override
    default RecordingScope recordingScope(ScopeLookups lookups) {
        return RecordingScope.decidingBody(decision());
    }
}
