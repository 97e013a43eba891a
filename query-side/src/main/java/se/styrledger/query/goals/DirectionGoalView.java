package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.time.LocalDate;
import java.util.UUID;

/** An inriktningsmål in one version: KF's goal within a strategisk inriktning for the years fromYear–toYear. */
public record DirectionGoalView(
        UUID goalId, UUID directionId,
        @Schema(example = "Trelleborg ska ha en hållbar avfallshantering") String title,
        String description,
        @Schema(example = "2023") int fromYear,
        @Schema(example = "2026") int toYear,
        boolean withdrawn, String withdrawalReason,
        @Schema(example = "gällande") String statusLabel,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision, long recordedPosition) {
}
