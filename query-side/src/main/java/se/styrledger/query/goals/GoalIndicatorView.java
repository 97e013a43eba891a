package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An indikator attached to a goal with its målvärde for a period, and the decision that set it. */
public record GoalIndicatorView(
        UUID indicatorId,
        @Schema(example = "Andel hushållsavfall som samlas in för materialåtervinning") String name,
        @Schema(example = "procent") String unitOfMeasure,
        @Schema(example = "högre är bättre") String directionLabel,
        @Schema(example = "Kolada") String sourceLabel,
        @Schema(example = "U07801") String koladaKpiId,
        @Schema(description = "Målvärde", example = "45") BigDecimal targetValue,
        PeriodView period,
        DecisionView decision) {

    /**
     * The period a målvärde refers to, e.g. the year 2024 or tertial 1 2024, with its first and last day; {@code label}
     * names it as reports and findings do.
     */
    public record PeriodView(@Schema(example = "YEAR") String kind, @Schema(example = "år") String kindLabel,
                             @Schema(example = "2024") int year, @Schema(example = "1") int number,
                             LocalDate start, LocalDate end, @Schema(example = "år 2024") String label) {
    }
}
