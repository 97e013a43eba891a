package se.styrledger.query.flags;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * A flag on an effektmål or an aktivitet as of a date: what is wrong ({@code kind}, {@code label}), why
 * ({@code detail}), and where it sits in the röd tråd (the effektmål, its nämnd or bolag and year).
 */
public record FlagView(
        @Schema(example = "NO_INDICATOR") String kind,
        @Schema(example = "Effektmålet saknar indikator") String label,
        @Schema(example = "Inget nyckeltal med målvärde är kopplat till effektmålet, så måluppfyllelsen kan inte"
                + " bedömas.") String detail,
        UUID effectGoalId,
        @Schema(description = "Aktiviteten, för flaggor på aktiviteter") UUID activityId,
        @Schema(description = "Nämnden eller bolaget som äger effektmålet") UUID unitId,
        @Schema(example = "2024") int year,
        @Schema(example = "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning") String title) {

    static FlagView of(FlagKind kind, String detail, UUID effectGoalId, UUID activityId, UUID unitId, int year,
                       String title) {
        return new FlagView(kind.name(), kind.label(), detail, effectGoalId, activityId, unitId, year, title);
    }
}
