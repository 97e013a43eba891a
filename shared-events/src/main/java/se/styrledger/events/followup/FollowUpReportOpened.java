package se.styrledger.events.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A delårsrapport or årsredovisning was opened for a year, with its cut-off date (brytdatum) as configured when it
 * was opened. The report covers what the ledger holds up to that date.
 */
public record FollowUpReportOpened(UUID reportId, int year, FollowUpReportKind kind, LocalDate cutOff) {
}
