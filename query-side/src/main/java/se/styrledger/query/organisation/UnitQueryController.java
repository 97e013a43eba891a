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
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/units", produces = "application/json")
@Tag(name = "Organisation (läsning)", description = "Organisationen per ett datum (asOf), så som liggaren kände den"
        + " vid en tidpunkt (knownAt). Öppen för alla.")
public class UnitQueryController {

    private final UnitQueries queries;
    private final ProjectionProgress progress;
    private final Clock clock;

    public UnitQueryController(UnitQueries queries, ProjectionProgress progress, Clock clock) {
        this.queries = queries;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Alla enheter per ett datum, avvecklade markerade som sådana")
    public List<UnitView> list(@RequestParam(required = false) String asOf,
                               @RequestParam(required = false) String knownAt,
                               @RequestParam(required = false) Long minPosition,
                               @RequestParam(required = false) UnitKind kind,
                               @RequestParam(defaultValue = "true") boolean includeDissolved) {
        progress.await(minPosition);
        return queries.all(ReadTime.of(asOf, knownAt, clock), kind, includeDissolved);
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "En enhet per ett datum")
    public UnitView get(@PathVariable UUID unitId,
                        @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownAt,
                        @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.one(unitId, ReadTime.of(asOf, knownAt, clock))
                .orElseThrow(() -> LedgerException.notFound("Enheten " + unitId + " finns inte per det datumet."));
    }

    @GetMapping("/{unitId}/history")
    @Operation(summary = "En enhets alla versioner över beslutsdatum, med besluten bakom dem")
    public List<UnitView> history(@PathVariable UUID unitId,
                                  @RequestParam(required = false) String knownAt,
                                  @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        List<UnitView> versions = queries.history(unitId, ReadTime.of(null, knownAt, clock));
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Enheten " + unitId + " finns inte.");
        }
        return versions;
    }
}
