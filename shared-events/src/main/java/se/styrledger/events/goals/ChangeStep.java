package se.styrledger.events.goals;

/** One step of a förändringsteori, e.g. OUTPUT "Nytt insamlingssystem för avfall införs". */
public record ChangeStep(ChangeStepKind kind, String text) {
}
