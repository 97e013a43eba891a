package se.styrledger.query.commitments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.economy.EconomyQueries;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.goals.EffectGoalDetails;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.organisation.UnitView;
import se.styrledger.query.plans.OperationalPlanQueries;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.time.Clock;
import java.util.UUID;

@RestController
@Tag(name = "Åtaganden (läsning)", description = "En nämnds eller ett bolags åtaganden mot kommunfullmäktige för ett"
        + " år: verksamhetsplan, effektmål, aktiviteter och indikatorer med målvärden. Öppen för alla.")
public class CommitmentQueryController {

    private final UnitQueries units;
    private final OperationalPlanQueries plans;
    private final GoalQueries goals;
    private final EffectGoalDetails details;
    private final Flags flags;
    private final ProjectionProgress progress;
    private final Clock clock;
    private final EconomyQueries economy;

    public CommitmentQueryController(UnitQueries units, OperationalPlanQueries plans, GoalQueries goals,
                                     EffectGoalDetails details, Flags flags, ProjectionProgress progress, Clock clock,
                                     EconomyQueries economy) {
        this.economy = economy;
        this.units = units;
        this.plans = plans;
        this.goals = goals;
        this.details = details;
        this.flags = flags;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/units/{unitId}/commitments", produces = "application/json")
    @Operation(summary = "En nämnds åtaganden för ett år, t.ex. miljö- och byggnämndens effektmål 2024 \"Kommuninvånarna"
            + " får mindre nedskräpning och ökad materialåtervinning\" med verksamhetsplan, aktiviteter och indikatorer")
    public CommitmentsView commitments(
            @PathVariable UUID unitId,
            @Parameter(description = "Verksamhetsår; standard är året för asOf", example = "2024")
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReadTime at = ReadTime.of(asOf, knownAt, clock);
        int forYear = year == null ? at.asOf().getYear() : YearParam.checked(year);
        UnitView unit = units.one(unitId, at).orElseThrow(() ->
                LedgerException.notFound("Enheten " + unitId + " finns inte per det datumet."));
        return new CommitmentsView(unitId, unit.name(), forYear, at.asOf(), at.knownAt(),
                plans.all(at, unitId, forYear), details.of(at, goals.effectGoals(at, unitId, forYear)),
                flags.find(at, Flags.Scope.of(unitId, forYear)),
                economy.year(forYear, unitId, at, id -> unit.name()).stream().findFirst().orElse(null));
    }
}
