package se.styrledger.query.rights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Under /api/v1/audit: it names accounts, so only AUDITOR and ADMIN read it, and every read is logged. */
@RestController
@Tag(name = "Behörigheter (revision)", description = "Vem som fick registrera för en enhet ett visst datum (asOf), så"
        + " som liggaren kände det vid en tidpunkt (knownAt), med besluten bakom. Kräver rollen AUDITOR eller ADMIN.")
public class RecordingRightQueryController {

    private final RecordingRightQueries queries;
    private final ProjectionProgress progress;
    private final Clock clock;

    public RecordingRightQueryController(RecordingRightQueries queries, ProjectionProgress progress, Clock clock) {
        this.queries = queries;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/audit/recording-rights", produces = "application/json")
    @Operation(summary = "Behörigheter att registrera i kraft per ett datum; med unitId de som gäller för den enheten"
            + " (direkt, genom en överordnad enhet eller för hela kommunen)")
    public List<RecordingRightView> rights(@RequestParam(required = false) UUID unitId,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) String knownAt,
                                           @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReadTime at = ReadTime.of(asOf, knownAt, clock);
        return unitId == null ? queries.all(at) : queries.forUnit(unitId, at);
    }
}
