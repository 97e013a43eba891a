package se.styrledger.query.internalcontrol;

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
@RequestMapping(path = "/api/v1/internal-control-plans", produces = "application/json")
@Tag(name = "Intern kontroll (läsning)", description = "Nämndernas internkontrollplaner per ett datum: riskanalys och"
        + " riskmatris, kontrollmoment med resultat, avvikelser med åtgärder och uppföljningen till KS. Öppen för alla.")
public class InternalControlQueryController {

    private final InternalControlQueries queries;

    public InternalControlQueryController(InternalControlQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Internkontrollplanerna per ett datum, t.ex. socialnämndens plan 2025")
    public List<InternalControlPlanView> list(
            @Parameter(description = "Bara denna nämnds planer") @RequestParam(required = false) UUID unitId,
            @Parameter(description = "År", example = "2025") @RequestParam(required = false) Integer year,
            @ReadAt ReadTime at) {
        return queries.plans(unitId, YearParam.checked(year), at);
    }

    @GetMapping("/{planId}")
    @Operation(summary = "En internkontrollplan per ett datum")
    public InternalControlPlanView get(@PathVariable UUID planId,
                                       @ReadAt ReadTime at) {
        return find(planId, at);
    }

    @GetMapping("/{planId}/risk-matrix")
    @Operation(summary = "Riskmatrisen: sannolikhet × konsekvens (1–4 vardera) med planens risker i sina rutor")
    public RiskMatrix riskMatrix(@PathVariable UUID planId,
                                 @ReadAt ReadTime at) {
        return RiskMatrix.of(find(planId, at));
    }

    private InternalControlPlanView find(UUID planId, ReadTime at) {
        return queries.one(planId, at).orElseThrow(() ->
                LedgerException.notFound("Internkontrollplanen " + planId + " finns inte per det datumet."));
    }
}
