package se.styrledger.command.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.events.Decision;
import se.styrledger.events.indicators.IndicatorTarget;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Request bodies shared by the röd tråd's command endpoints. */
public final class GoalRequests {

    private GoalRequests() {
    }

    /** Upphäv: the reason and the decision. */
    public record WithdrawRequest(
        @Schema(requiredMode = REQUIRED, maxLength = 2000) String reason,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record DecisionRequest(
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record AttachIndicatorRequest(UUID indicatorId, IndicatorTarget target, Decision decision) {
    }

    static UUID idOrNew(UUID given) {
        return given != null ? given : UUID.randomUUID();
    }
}
