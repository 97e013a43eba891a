package se.styrledger.query.rights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

/** Under /api/v1/audit: it names accounts, so only AUDITOR and ADMIN read it, and every read is logged. */
@RestController
@Tag(name = "Behörigheter (revision)", description = "Vem som fick registrera för en enhet ett visst datum (asOf), så"
        + " som liggaren kände det vid en tidpunkt (knownAt), med besluten bakom. Kräver rollen AUDITOR eller ADMIN.")
public class RecordingRightQueryController {

    private final RecordingRightQueries queries;

    public RecordingRightQueryController(RecordingRightQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/v1/audit/recording-rights", produces = "application/json")
    @Operation(summary = "Behörigheter att registrera i kraft per ett datum; med unitId de som gäller för den enheten"
            + " (direkt, genom en överordnad enhet eller för hela kommunen)")
    public List<RecordingRightView> rights(@RequestParam(required = false) UUID unitId,
                                           @ReadAt ReadTime at) {
        return unitId == null ? queries.all(at) : queries.forUnit(unitId, at);
    }
}
