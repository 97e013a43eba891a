package se.styrledger.query.plans;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A verksamhetsplan in one version: one nämnd's or bolag's plan for one year, its ram in SEK and its effektmål. */
public record OperationalPlanView(
        UUID planId,
        UUID unitId,
        @Schema(example = "Miljö- och byggnämnden") String unitName,
        @Schema(example = "2024") int year,
        @Schema(example = "Verksamhetsplan 2024 för miljö- och byggnämnden") String summary,
        @Schema(description = "Ram i kronor (SEK)", example = "184500000") BigDecimal budgetFrame,
        List<UUID> effectGoalIds,
        boolean withdrawn, String withdrawalReason,
        @Schema(example = "gällande") String statusLabel,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision, long recordedPosition) {
}
