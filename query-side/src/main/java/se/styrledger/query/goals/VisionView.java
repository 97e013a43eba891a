package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.time.LocalDate;
import java.util.UUID;

/** The vision in one version, with the decision behind it. */
public record VisionView(
        UUID visionId,
        @Schema(example = "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar"
                + " tillväxt.") String text,
        boolean withdrawn, String withdrawalReason,
        @Schema(example = "gällande") String statusLabel,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision, long recordedPosition) {
}
