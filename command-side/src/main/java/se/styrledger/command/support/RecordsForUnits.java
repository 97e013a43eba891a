package se.styrledger.command.support;

/**
 * Every command the ledger takes says which units it records for, so that {@link CommandExecutor} can check the
 * recorder's recording rights before anything is recorded. {@link CommandExecutor} accepts nothing else, so a
 * new command cannot be sent without saying it. A command that records a decision usually implements
 * {@link RecordsDecision} instead, which needs no code at all.
 */
public interface RecordsForUnits {

    /** The units, found with the command side's own lookups where the command only names a goal, value or activity. */
    RecordingScope recordingScope(ScopeLookups lookups);
}
