package se.styrledger.query.economy;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One nämnd's ekonomi for a year as of a date: its ram, the latest utfall and prognos for periods ended by
 * then, and the avvikelse ram − prognos (or ram − utfall once the whole year's utfall is in). A positive avvikelse
 * is an överskott, a negative one an underskott.
 *
 * @param deviationBasis PROGNOS or UTFALL: what the avvikelse was computed against; null when neither is known
 * @param evidence       the global positions of the events behind the figures
 */
public record UnitEconomy(
        UUID unitId,
        @Schema(example = "Socialnämnden") String unitName,
        @Schema(example = "2025") int year,
        @Schema(description = "Ram i kronor efter tilläggsbudgetar och omfördelningar", example = "1265000000")
        BigDecimal frame,
        @Schema(description = "Ram i kronor enligt KF:s budgetbeslut", example = "1250000000") BigDecimal adoptedFrame,
        @Schema(description = "Antal ändringar av ramen (tilläggsbudget, omfördelning)") int amendments,
        Figure outcome,
        Figure forecast,
        @Schema(description = "Avvikelse i kronor: ram − prognos (eller ram − utfall för helåret)", example = "-25000000")
        BigDecimal deviation,
        String deviationBasis,
        @Schema(description = "Rapporterade åtgärder vid prognostiserat underskott") String remedy,
        List<Long> evidence) {

    /**
     * An utfall (accumulated net cost up to the period's end) or a prognos (the whole year's net cost, made at the
     * period).
     */
    public record Figure(BigDecimal amount, String periodKind, int periodYear, int periodNumber,
                         @Schema(example = "april 2025") String periodLabel,
                         @Schema(example = "SIE4") String source, long position, String eventId) {
    }
}
