package se.styrledger.query.economy;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** KF's budget for a year as in force on a date: each nämnd's ram and the bolag's financial targets. */
public record BudgetView(int year, List<FrameLine> frames, List<TargetLine> companyTargets) {

    /** @param decision the decision behind this version of the ram: the budget, or the latest amendment */
    public record FrameLine(UUID unitId, @Schema(example = "Socialnämnden") String unitName,
                            @Schema(example = "1265000000") BigDecimal amount,
                            @Schema(example = "1250000000") BigDecimal adoptedAmount, int amendments,
                            DecisionView decision, long recordedPosition) {
    }

    public record TargetLine(UUID unitId, @Schema(example = "Trelleborgshem AB") String unitName,
                             @Schema(example = "Soliditet minst 15 %") String target, UUID ownerDirectiveId,
                             DecisionView decision) {
    }
}
