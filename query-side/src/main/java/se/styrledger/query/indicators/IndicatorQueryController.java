package se.styrledger.query.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/indicators", produces = "application/json")
@Tag(name = "Indikatorer (läsning)", description = "Indikatorer (nyckeltal): vad de mäter, i vilken enhet, om högre"
        + " eller lägre är bättre och varifrån värdena kommer, t.ex. Kolada. Öppen för alla.")
public class IndicatorQueryController {

    private final IndicatorQueries queries;
    private final ProjectionProgress progress;
    private final Clock clock;

    public IndicatorQueryController(IndicatorQueries queries, ProjectionProgress progress, Clock clock) {
        this.queries = queries;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Alla indikatorer, t.ex. \"Andel hushållsavfall som samlas in för materialåtervinning\"")
    public List<IndicatorView> list(@RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) String knownAt,
                                    @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.all(ReadTime.of(asOf, knownAt, clock));
    }

    @GetMapping("/{indicatorId}")
    @Operation(summary = "En indikator per ett datum")
    public IndicatorView get(@PathVariable UUID indicatorId,
                             @RequestParam(required = false) String asOf,
                             @RequestParam(required = false) String knownAt,
                             @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.one(indicatorId, ReadTime.of(asOf, knownAt, clock))
                .orElseThrow(() -> LedgerException.notFound("Indikatorn " + indicatorId + " finns inte."));
    }

    @GetMapping("/{indicatorId}/history")
    @Operation(summary = "En indikators alla versioner")
    public List<IndicatorView> history(@PathVariable UUID indicatorId,
                                       @RequestParam(required = false) String knownAt,
                                       @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        List<IndicatorView> versions = queries.history(indicatorId, ReadTime.of(null, knownAt, clock));
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Indikatorn " + indicatorId + " finns inte.");
        }
        return versions;
    }
}
