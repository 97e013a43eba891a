package se.styrledger.query.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.followup.FollowUpQueries.AssessmentRecord;
import se.styrledger.query.followup.FollowUpQueries.IndicatorValueView;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Uppföljning: utfall och bedömningar (läsning)", description = "Indikatorvärden med sina rättelser och"
        + " bedömningar av måluppfyllelse, så som liggaren kände dem vid en tidpunkt (knownAt). Öppen för alla.")
public class FollowUpQueryController {

    private final FollowUpQueries queries;
    private final ProjectionProgress progress;

    public FollowUpQueryController(FollowUpQueries queries, ProjectionProgress progress) {
        this.queries = queries;
        this.progress = progress;
    }

    @GetMapping(path = "/api/v1/indicator-values", produces = "application/json")
    @Operation(summary = "Utfall per indikator, enhet och år; gällande värden, eller med includeSuperseded även de ersatta")
    public List<IndicatorValueView> values(@RequestParam(required = false) UUID indicatorId,
                                           @RequestParam(required = false) UUID unitId,
                                           @RequestParam(required = false) Integer year,
                                           @Parameter(description = "Ta med värden som en korrigering har ersatt")
                                           @RequestParam(defaultValue = "false") boolean includeSuperseded,
                                           @ReadAt(asOf = false) ReadTime at) {
        return queries.values(indicatorId, unitId, year, at.knownAt(), includeSuperseded);
    }

    @GetMapping(path = "/api/v1/indicator-values/{valueId}", produces = "application/json")
    @Operation(summary = "Ett utfall, med vilket värde det ersätter och när det självt ersattes")
    public IndicatorValueView value(@PathVariable UUID valueId, @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.value(valueId).orElseThrow(() -> LedgerException.notFound("Värdet " + valueId + " finns inte."));
    }

    @GetMapping(path = "/api/v1/assessments", produces = "application/json")
    @Operation(summary = "Bedömningar av måluppfyllelse per rapport och mål; den senaste gäller i rapporten")
    public List<AssessmentRecord> assessments(@RequestParam(required = false) UUID reportId,
                                              @RequestParam(required = false) UUID goalId,
                                              @RequestParam(defaultValue = "false") boolean includeSuperseded,
                                              @ReadAt(asOf = false) ReadTime at) {
        return queries.assessments(reportId, goalId, at.knownAt(), includeSuperseded);
    }
}
