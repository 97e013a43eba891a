package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An effektmål in one version: a nämnd's or bolag's commitment for one year, its målgrupp and intended effekt, and
 * whether KF imposed it ({@code originLabel} says so in Swedish).
 */
public record EffectGoalView(
        UUID goalId,
        UUID ownerUnitId,
        @Schema(example = "Miljö- och byggnämnden") String ownerUnitName,
        @Schema(example = "2024") int year,
        @Schema(example = "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning") String title,
        @Schema(description = "Målgrupp", example = "Kommuninvånarna") String targetGroup,
        @Schema(description = "Effekt", example = "Mindre nedskräpning och ökad materialåtervinning")
        String intendedEffect,
        boolean imposedByCouncil,
        @Schema(example = "eget åtagande") String originLabel,
        boolean withdrawn, String withdrawalReason,
        @Schema(example = "gällande") String statusLabel,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision, long recordedPosition) {
}
