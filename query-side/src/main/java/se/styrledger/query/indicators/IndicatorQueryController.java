package se.styrledger.query.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/indicators", produces = "application/json")
@Tag(name = "Indikatorer (läsning)", description = "Indikatorer (nyckeltal): vad de mäter, i vilken enhet, om högre"
        + " eller lägre är bättre och varifrån värdena kommer, t.ex. Kolada. Öppen för alla.")
public class IndicatorQueryController {

    private final IndicatorQueries queries;

    public IndicatorQueryController(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Alla indikatorer, t.ex. \"Andel hushållsavfall som samlas in för materialåtervinning\"")
    public List<IndicatorView> list(@ReadAt ReadTime at) {
        return queries.all(at);
    }

    @GetMapping("/{indicatorId}")
    @Operation(summary = "En indikator per ett datum")
    public IndicatorView get(@PathVariable UUID indicatorId,
                             @ReadAt ReadTime at) {
        return queries.one(indicatorId, at)
                .orElseThrow(() -> LedgerException.notFound("Indikatorn " + indicatorId + " finns inte."));
    }

    @GetMapping("/{indicatorId}/history")
    @Operation(summary = "En indikators alla versioner")
    public List<IndicatorView> history(@PathVariable UUID indicatorId,
                                       @ReadAt(asOf = false) ReadTime at) {
        List<IndicatorView> versions = queries.history(indicatorId, at);
        if (versions.isEmpty()) {
            throw LedgerException.notFound("Indikatorn " + indicatorId + " finns inte.");
        }
        return versions;
    }
}
