package se.styrledger.query.redthread;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.economy.UnitEconomy;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.goals.DirectionGoalView;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.goals.GoalIndicatorView;
import se.styrledger.query.goals.StrategicDirectionView;
import se.styrledger.query.goals.VisionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The röd tråd as of a date: vision → strategiska inriktningar → inriktningsmål → effektmål per nämnd or bolag →
 * aktiviteter and indikatorer with målvärden. An effektmål linked to several inriktningsmål appears under each.
 * Effektmål whose inriktningsmål are not in the tree on that date are listed in {@code unplacedEffectGoals}, so
 * nothing is hidden; {@code flags} lists every flag in the tree.
 */
public record RedThreadView(LocalDate asOf, Instant knownAt,
                            @Schema(description = "Nämnden eller bolaget trädet är filtrerat på, annars null") UUID unitId,
                            @Schema(description = "Verksamhetsåret trädet är filtrerat på, annars null") Integer year,
                            List<VisionNode> visions,
                            List<EffectGoalDetail> unplacedEffectGoals,
                            List<FlagView> flags,
                            @Schema(description = "Filtrerat på en nämnd: dess ram, utfall, prognos och avvikelse för"
                                    + " året; annars null") List<UnitEconomy> economy) {

    public record VisionNode(@JsonUnwrapped VisionView vision, List<DirectionNode> strategicDirections) {
    }

    public record DirectionNode(@JsonUnwrapped StrategicDirectionView strategicDirection,
                                List<DirectionGoalNode> directionGoals) {
    }

    public record DirectionGoalNode(@JsonUnwrapped DirectionGoalView directionGoal,
                                    List<GoalIndicatorView> indicators, List<UnitNode> units) {
    }

    /** One nämnd's or bolag's effektmål under an inriktningsmål. */
    public record UnitNode(UUID unitId, @Schema(example = "Miljö- och byggnämnden") String unitName,
                           List<EffectGoalDetail> effectGoals) {
    }
}
