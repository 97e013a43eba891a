package se.styrledger.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/units", produces = "application/json")
@Tag(name = "Organisation (läsning)", description = "Organisationen per ett datum (asOf), så som liggaren kände den"
        + " vid en tidpunkt (knownAt). Öppen för alla.")
public class UnitQueryController {

    private final UnitQueries queries;

    public UnitQueryController(UnitQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Alla enheter per ett datum, avvecklade markerade som sådana")
    public List<UnitView> list(@ReadAt ReadTime at,
                               @RequestParam(required = false) UnitKind kind,
                               @RequestParam(defaultValue = "true") boolean includeDissolved) {
        return queries.all(at, kind, includeDissolved);
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "En enhet per ett datum")
    public UnitView get(@PathVariable UUID unitId,
                        @ReadAt ReadTime at) {
        return queries.one(unitId, at)
                .orElseThrow(() -> LedgerException.notFound("Enheten " + unitId + " finns inte per det datumet."));
    }

    @GetMapping("/{unitId}/history")
    @Operation(summary = "En enhets alla versioner över beslutsdatum, med besluten bakom dem")
    public List<UnitView> history(@PathVariable UUID unitId,
                                  @ReadAt(asOf = false) ReadTime at) {
        List<UnitView> versions = queries.history(unitId, at);
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Enheten " + unitId + " finns inte.");
        }
        return versions;
    }
}
