package se.styrledger.query.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.followup.KoladaComparison.Comparison;
import se.styrledger.query.support.HtmlDocuments;
import se.styrledger.query.support.KnownAt;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The Kolada comparison beside a follow-up report and beside the nyckeltalsrapport, in the same three forms: the
 * kommun's own yearly figures and those of its comparison set, with "Källa: Kolada (RKA), CC BY 4.0". Open to
 * everyone; no recordedBy.
 */
@RestController
@Tag(name = "Uppföljning: jämförelse med andra kommuner (Kolada)", description = "Rapporternas och"
        + " nyckeltalsrapportens siffror bredvid andra kommuners värden ur Kolada, som JSON, CSV och HTML. Öppen för alla.")
public class KoladaComparisonController {

    private final KoladaComparison comparison;
    private final FollowUpQueries queries;
    private final Clock clock;
    private final HtmlDocuments html;

    public KoladaComparisonController(KoladaComparison comparison, FollowUpQueries queries, Clock clock,
                                      HtmlDocuments html) {
        this.html = html;
        this.comparison = comparison;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/follow-up-reports/{reportId}/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rapportårets Kolada-värden bredvid jämförelsekommunernas; för en stängd rapport så som"
            + " liggaren kände dem vid stängningen")
    public Comparison report(@PathVariable UUID reportId, @RequestParam(required = false) UUID unitId,
                             @ReadAt KnownAt knownAt) {
        FollowUpQueries.ReportSummary report = queries.report(reportId, knownAt.instant())
                .orElseThrow(() -> LedgerException.notFound("Rapporten " + reportId + " finns inte."));
        // Without knownAt a closed report is read as it was closed, like the report itself.
        return comparison.build("Jämförelse med andra kommuner – " + report.title(), report.year(),
                report.closedAt() != null ? knownAt.orElse(report.closedAt()) : knownAt.instant(), unitId);
    }

    @GetMapping(path = "/api/v1/follow-up-reports/{reportId}/comparison.csv")
    @Operation(summary = "Jämförelsen som CSV för Excel")
    @ApiResponse(responseCode = "200", description = "CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> reportCsv(@PathVariable UUID reportId, @RequestParam(required = false) UUID unitId,
                                            @ReadAt KnownAt knownAt) {
        Comparison built = report(reportId, unitId, knownAt);
        return csv(built, "jamforelse-" + reportId + ".csv");
    }

    @GetMapping(path = "/api/v1/follow-up-reports/{reportId}/comparison.html")
    @Operation(summary = "Jämförelsen som utskrivbar HTML-sida")
    public ResponseEntity<String> reportHtml(@PathVariable UUID reportId, @RequestParam(required = false) UUID unitId,
                                             @ReadAt KnownAt knownAt) {
        return html.response("reports/comparison.jte", Map.of("comparison",
                report(reportId, unitId, knownAt), "zone", clock.getZone()));
    }

    @GetMapping(path = "/api/v1/key-figure-reports/{month}/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Kolada-värden bredvid jämförelsekommunernas för nyckeltalsrapporten; året är som standard"
            + " året före månaden, eftersom Kolada publicerar ett års utfall året därpå")
    public Comparison keyFigures(@Parameter(description = "Månaden, t.ex. 2024-03") @PathVariable String month,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) UUID unitId,
                                 @ReadAt(asOf = false) ReadTime at) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid("month", "Ange månaden som 2024-03.");
        }
        int shown = year != null ? year : parsed.getYear() - 1;
        if (shown < 1900 || shown > 2200) {
            throw LedgerException.invalid("year", "Året ska ligga mellan 1900 och 2200.");
        }
        return comparison.build("Jämförelse med andra kommuner " + shown + " (nyckeltalsrapport " + parsed + ")",
                shown, at.knownAt(), unitId);
    }

    @GetMapping(path = "/api/v1/key-figure-reports/{month}/comparison.csv")
    @Operation(summary = "Nyckeltalsrapportens jämförelse som CSV för Excel")
    @ApiResponse(responseCode = "200", description = "CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> keyFiguresCsv(@PathVariable String month, @RequestParam(required = false) Integer year,
                                                @RequestParam(required = false) UUID unitId,
                                                @ReadAt(asOf = false) ReadTime at) {
        Comparison built = keyFigures(month, year, unitId, at);
        return csv(built, "jamforelse-" + built.year() + ".csv");
    }

    @GetMapping(path = "/api/v1/key-figure-reports/{month}/comparison.html")
    @Operation(summary = "Nyckeltalsrapportens jämförelse som utskrivbar HTML-sida")
    public ResponseEntity<String> keyFiguresHtml(@PathVariable String month,
                                                 @RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) UUID unitId,
                                                 @ReadAt(asOf = false) ReadTime at) {
        return html.response("reports/comparison.jte", Map.of("comparison",
                keyFigures(month, year, unitId, at), "zone", clock.getZone()));
    }

    private static ResponseEntity<byte[]> csv(Comparison built, String fileName) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(KoladaComparison.csv(built));
    }
}
