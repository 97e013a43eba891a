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
@RequestMapping(path = "/api/v1/direction-goals", produces = "application/json")
@Tag(name = "Inriktningsmål (läsning)", description = "Kommunfullmäktiges inriktningsmål per ett datum, och vilka"
        + " effektmål som knyter an till dem. Upphävda inriktningsmål visas markerade. Öppen för alla.")
public class DirectionGoalQueryController {

    private final GoalQueries queries;
    private final EffectGoalDetails details;

    public DirectionGoalQueryController(GoalQueries queries, EffectGoalDetails details) {
        this.queries = queries;
        this.details = details;
    }

    @GetMapping
    @Operation(summary = "Inriktningsmålen per ett datum, t.ex. \"Trelleborg ska ha en hållbar avfallshantering\"")
    public List<DirectionGoalView> list(
            @Parameter(description = "Bara mål inom denna strategiska inriktning") @RequestParam(required = false)
            UUID directionId,
            @Parameter(description = "Bara mål vars period omfattar detta år", example = "2024")
            @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        return queries.directionGoals(at, directionId, YearParam.checked(year));
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "Ett inriktningsmål per ett datum, med indikatorer och målvärden för kommunfullmäktiges"
            + " uppföljning")
    public DirectionGoalDetail get(@PathVariable UUID goalId,
                                   @ReadAt ReadTime at) {
        DirectionGoalView goal = queries.directionGoal(goalId, at).orElseThrow(() ->
                LedgerException.notFound("Inriktningsmålet " + goalId + " finns inte per det datumet."));
        return new DirectionGoalDetail(goal, queries.indicators(at, List.of(goalId)).getOrDefault(goalId, List.of()));
    }

    @GetMapping("/{goalId}/history")
    @Operation(summary = "Ett inriktningsmåls alla versioner: antagande, revideringar och upphävande")
    public List<DirectionGoalView> history(@PathVariable UUID goalId,
                                           @ReadAt(asOf = false) ReadTime at) {
        return VisionQueryController.nonEmpty(queries.directionGoalHistory(goalId, at),
                "Inriktningsmålet " + goalId);
    }

    @GetMapping("/{goalId}/effect-goals")
    @Operation(summary = "Vad pekar hit: alla effektmål, från alla nämnder och bolag och alla år, som knyter an till"
            + " inriktningsmålet, t.ex. \"Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning\"")
    public List<EffectGoalDetail> effectGoals(@PathVariable UUID goalId,
                                              @ReadAt ReadTime at) {
        if (queries.directionGoalHistory(goalId, at).isEmpty()) {
            throw LedgerException.notFound("Inriktningsmålet " + goalId + " finns inte.");
        }
        return details.of(at, queries.effectGoalsLinkedTo(goalId, at));
    }
}
