package se.styrledger.query.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/effect-goals", produces = "application/json")
@Tag(name = "Effektmål (läsning)", description = "Nämndernas och bolagens effektmål per ett datum, med inriktningsmål,"
        + " indikatorer och målvärden, förändringsteori, aktiviteter och flaggor. Öppen för alla.")
public class EffectGoalQueryController {

    private final GoalQueries queries;
    private final EffectGoalDetails details;

    public EffectGoalQueryController(GoalQueries queries, EffectGoalDetails details) {
        this.queries = queries;
        this.details = details;
    }

    @GetMapping
    @Operation(summary = "Effektmålen per ett datum, t.ex. \"Ökad andel unga med varaktig självförsörjning\"")
    public List<EffectGoalDetail> list(
            @Parameter(description = "Bara denna nämnds eller detta bolags effektmål") @RequestParam(required = false)
            UUID unitId,
            @Parameter(description = "Verksamhetsår", example = "2024") @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        return details.of(at, queries.effectGoals(at, unitId, YearParam.checked(year)));
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "Ett effektmål per ett datum, t.ex. \"Kommuninvånarna får mindre nedskräpning och ökad"
            + " materialåtervinning\", med allt som hänger på det")
    public EffectGoalDetail get(@PathVariable UUID goalId,
                                @ReadAt ReadTime at) {
        EffectGoalView goal = queries.effectGoal(goalId, at).orElseThrow(() ->
                LedgerException.notFound("Effektmålet " + goalId + " finns inte per det datumet."));
        return details.of(at, List.of(goal)).get(0);
    }

    @GetMapping("/{goalId}/history")
    @Operation(summary = "Ett effektmåls alla versioner: antagande, revideringar och upphävande, med besluten")
    public List<EffectGoalView> history(@PathVariable UUID goalId,
                                        @ReadAt(asOf = false) ReadTime at) {
        return VisionQueryController.nonEmpty(queries.effectGoalHistory(goalId, at),
                "Effektmålet " + goalId);
    }
}
