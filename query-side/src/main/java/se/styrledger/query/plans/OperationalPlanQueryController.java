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
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/operational-plans", produces = "application/json")
@Tag(name = "Verksamhetsplaner (läsning)", description = "Nämndernas och bolagens verksamhetsplaner per ett datum: år,"
        + " ram i kronor och effektmål. Öppen för alla.")
public class OperationalPlanQueryController {

    private final OperationalPlanQueries queries;

    public OperationalPlanQueryController(OperationalPlanQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Verksamhetsplanerna per ett datum, t.ex. miljö- och byggnämndens verksamhetsplan 2024")
    public List<OperationalPlanView> list(
            @Parameter(description = "Bara denna nämnds eller detta bolags planer") @RequestParam(required = false)
            UUID unitId,
            @Parameter(description = "Verksamhetsår", example = "2024") @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        return queries.all(at, unitId, YearParam.checked(year));
    }

    @GetMapping("/{planId}")
    @Operation(summary = "En verksamhetsplan per ett datum")
    public OperationalPlanView get(@PathVariable UUID planId,
                                   @ReadAt ReadTime at) {
        return queries.one(planId, at).orElseThrow(() ->
                LedgerException.notFound("Verksamhetsplanen " + planId + " finns inte per det datumet."));
    }

    @GetMapping("/{planId}/history")
    @Operation(summary = "En verksamhetsplans alla versioner med besluten bakom dem")
    public List<OperationalPlanView> history(@PathVariable UUID planId,
                                             @ReadAt(asOf = false) ReadTime at) {
        List<OperationalPlanView> versions = queries.history(planId, at);
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Verksamhetsplanen " + planId + " finns inte.");
        }
        return versions;
    }
}
