package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.util.UUID;

/** An inriktningsmål an effektmål links to, as it stands on the same date, with the decision that made the link. */
public record LinkView(
        UUID directionGoalId,
        @Schema(example = "Trelleborg ska ha en hållbar avfallshantering") String title,
        boolean withdrawn,
        @Schema(example = "gällande") String statusLabel,
        DecisionView decision) {
}
