package se.styrledger.events.economy;

import java.util.List;
import java.util.UUID;

/**
 * Utfall recorded from one source: a whole file is one event, so a file is recorded entirely or not at all. A
 * later figure for the same nämnd and period supersedes an earlier one.
 *
 * @param fileName the uploaded file's name, or null when entered by hand
 * @param sha256   the SHA-256 of the file's bytes, or null when entered by hand
 */
public record FinancialOutcomesRecorded(UUID importId, OutcomeSource source, String fileName, String sha256,
                                        List<FinancialOutcome> outcomes) {
}
