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
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/direction-goals", produces = "application/json")
@Tag(name = "Inriktningsmål (läsning)", description = "Kommunfullmäktiges inriktningsmål per ett datum, och vilka"
        + " effektmål som knyter an till dem. Upphävda inriktningsmål visas markerade. Öppen för alla.")
public class DirectionGoalQueryController {

    private final GoalQueries queries;
    private final EffectGoalDetails details;
    private final ProjectionProgress progress;
    private final Clock clock;

    public DirectionGoalQueryController(GoalQueries queries, EffectGoalDetails details, ProjectionProgress progress,
                                        Clock clock) {
        this.queries = queries;
        this.details = details;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Inriktningsmålen per ett datum, t.ex. \"Trelleborg ska ha en hållbar avfallshantering\"")
    public List<DirectionGoalView> list(
            @Parameter(description = "Bara mål inom denna strategiska inriktning") @RequestParam(required = false)
            UUID directionId,
            @Parameter(description = "Bara mål vars period omfattar detta år", example = "2024")
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.directionGoals(ReadTime.of(asOf, knownAt, clock), directionId, YearParam.checked(year));
    }

    @GetMapping("/{goalId}")
    @Operation(summary = "Ett inriktningsmål per ett datum, med indikatorer och målvärden för kommunfullmäktiges"
            + " uppföljning")
    public DirectionGoalDetail get(@PathVariable UUID goalId,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) String knownAt,
                                   @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReadTime at = ReadTime.of(asOf, knownAt, clock);
        DirectionGoalView goal = queries.directionGoal(goalId, at).orElseThrow(() ->
                LedgerException.notFound("Inriktningsmålet " + goalId + " finns inte per det datumet."));
        return new DirectionGoalDetail(goal, queries.indicators(at, List.of(goalId)).getOrDefault(goalId, List.of()));
    }

    @GetMapping("/{goalId}/history")
    @Operation(summary = "Ett inriktningsmåls alla versioner: antagande, revideringar och upphävande")
    public List<DirectionGoalView> history(@PathVariable UUID goalId,
                                           @RequestParam(required = false) String knownAt,
                                           @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return VisionQueryController.nonEmpty(queries.directionGoalHistory(goalId, ReadTime.of(null, knownAt, clock)),
                "Inriktningsmålet " + goalId);
    }

    @GetMapping("/{goalId}/effect-goals")
    @Operation(summary = "Vad pekar hit: alla effektmål, från alla nämnder och bolag och alla år, som knyter an till"
            + " inriktningsmålet, t.ex. \"Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning\"")
    public List<EffectGoalDetail> effectGoals(@PathVariable UUID goalId,
                                              @RequestParam(required = false) String asOf,
                                              @RequestParam(required = false) String knownAt,
                                              @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReadTime at = ReadTime.of(asOf, knownAt, clock);
        if (queries.directionGoalHistory(goalId, at).isEmpty()) {
            throw LedgerException.notFound("Inriktningsmålet " + goalId + " finns inte.");
        }
        return details.of(at, queries.effectGoalsLinkedTo(goalId, at));
    }
}
