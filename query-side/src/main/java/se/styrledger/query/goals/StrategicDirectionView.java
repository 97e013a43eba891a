package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A strategisk inriktning in one version, with its themes and the decision behind it. */
public record StrategicDirectionView(
        UUID directionId, UUID visionId,
        @Schema(example = "Livskvalitet") String name,
        @Schema(example = "[\"hälsa\", \"trygghet\", \"boende\", \"upplevelser\"]") List<String> themes,
        boolean withdrawn, String withdrawalReason,
        @Schema(example = "gällande") String statusLabel,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision, long recordedPosition) {
}
