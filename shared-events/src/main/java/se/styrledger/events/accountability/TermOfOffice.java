package se.styrledger.events.accountability;

import java.time.LocalDate;

/** The part of a mandatperiod an election covers: from its first day to its last, both included. */
public record TermOfOffice(LocalDate startsOn, LocalDate endsOn) {
}
