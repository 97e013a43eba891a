package se.styrledger.query.plans;

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
@RequestMapping(path = "/api/v1/operational-plans", produces = "application/json")
@Tag(name = "Verksamhetsplaner (läsning)", description = "Nämndernas och bolagens verksamhetsplaner per ett datum: år,"
        + " ram i kronor och effektmål. Öppen för alla.")
public class OperationalPlanQueryController {

    private final OperationalPlanQueries queries;
    private final ProjectionProgress progress;
    private final Clock clock;

    public OperationalPlanQueryController(OperationalPlanQueries queries, ProjectionProgress progress, Clock clock) {
        this.queries = queries;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Verksamhetsplanerna per ett datum, t.ex. miljö- och byggnämndens verksamhetsplan 2024")
    public List<OperationalPlanView> list(
            @Parameter(description = "Bara denna nämnds eller detta bolags planer") @RequestParam(required = false)
            UUID unitId,
            @Parameter(description = "Verksamhetsår", example = "2024") @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.all(ReadTime.of(asOf, knownAt, clock), unitId, YearParam.checked(year));
    }

    @GetMapping("/{planId}")
    @Operation(summary = "En verksamhetsplan per ett datum")
    public OperationalPlanView get(@PathVariable UUID planId,
                                   @RequestParam(required = false) String asOf,
                                   @RequestParam(required = false) String knownAt,
                                   @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.one(planId, ReadTime.of(asOf, knownAt, clock)).orElseThrow(() ->
                LedgerException.notFound("Verksamhetsplanen " + planId + " finns inte per det datumet."));
    }

    @GetMapping("/{planId}/history")
    @Operation(summary = "En verksamhetsplans alla versioner med besluten bakom dem")
    public List<OperationalPlanView> history(@PathVariable UUID planId,
                                             @RequestParam(required = false) String knownAt,
                                             @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        List<OperationalPlanView> versions = queries.history(planId, ReadTime.of(null, knownAt, clock));
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Verksamhetsplanen " + planId + " finns inte.");
        }
        return versions;
    }
}
