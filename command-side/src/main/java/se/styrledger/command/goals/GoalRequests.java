package se.styrledger.command.goals;

import se.styrledger.events.Decision;
import se.styrledger.events.indicators.IndicatorTarget;

import java.util.UUID;

/** Request bodies shared by the röd tråd's command endpoints. */
public final class GoalRequests {

    private GoalRequests() {
    }

    /** Upphäv: the reason and the decision. */
    public record WithdrawRequest(String reason, Decision decision) {
    }

    public record DecisionRequest(Decision decision) {
    }

    public record AttachIndicatorRequest(UUID indicatorId, IndicatorTarget target, Decision decision) {
    }

    static UUID idOrNew(UUID given) {
        return given != null ? given : UUID.randomUUID();
    }
}
