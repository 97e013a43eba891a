package se.styrledger.query.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.headers.Header;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.support.HtmlDocuments;
import se.styrledger.query.printing.PdfA;
import se.styrledger.query.printing.Xlsx;
import se.styrledger.query.support.KnownAt;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/follow-up-reports")
@Tag(name = "Uppföljning: rapporter (läsning)", description = "Delårsrapporter och årsredovisning som JSON, CSV"
        + " (Excel) och utskrivbar HTML, för hela kommunen eller per nämnd. En stängd rapport visas exakt som den"
        + " frystes (R-21). Öppen för alla.")
public class FollowUpReportQueryController {

    /**
     * A frozen report never changes: caches may keep it a day and then ask again with its ETag, which costs
     * the ledger one small query (ADR 0190).
     */
    static final String FROZEN_CACHE_CONTROL = "public, max-age=86400";

    private final FollowUpQueries queries;
    private final ReportDocuments documents;
    private final Clock clock;
    private final HtmlDocuments html;

    public FollowUpReportQueryController(FollowUpQueries queries, ReportDocuments documents, Clock clock,
                                         HtmlDocuments html) {
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
        this.html = html;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Årets rapporter med status, brytdatum och fingeravtryck (SHA-256) av de stängda")
    public List<ReportSummary> list(@RequestParam(required = false) Integer year, @ReadAt(asOf = false) ReadTime at) {
        return queries.reports(year, at.knownAt());
    }

    @GetMapping(path = "/{reportId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rapporten som JSON; varje siffra anger händelsen som registrerade den",
            description = "Hela kommunens rapport, eller med unitId bara en nämnds eller ett bolags del (den byggs för"
                    + " sig, så den som arbetar med sin nämnd väntar inte på hela kommunens). En stängd rapport för hela"
                    + " kommunen utan knownAt är de frysta byten (R-21) med ETag (deras SHA-256) och Cache-Control;"
                    + " med If-None-Match och samma ETag svarar liggaren 304 utan innehåll.")
    @ApiResponse(responseCode = "200", description = "Rapporten som JSON", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReportDocument.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = "En stängd rapports SHA-256 inom citattecken"
                    + " (bara för de frysta byten)", schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "För de frysta byten: " + FROZEN_CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "304", description = "Oförändrad: If-None-Match angav den frysta rapportens ETag")
    public void json(@PathVariable UUID reportId,
                     @Parameter(description = "Bara den här nämndens eller bolagets del") @RequestParam(required = false) UUID unitId,
                     @ReadAt KnownAt knownAt,
                     @Parameter(description = "ETag från ett tidigare svar med de frysta byten: 304 om de är desamma")
                     @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                     HttpServletResponse response) throws IOException {
        ReportSummary summary = documents.summary(reportId);
        if (ReportDocuments.asFrozen(summary, knownAt, unitId)) {
            String etag = "\"" + summary.snapshotSha256() + "\"";
            if (EntityTags.matches(ifNoneMatch, etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader(HttpHeaders.ETAG, etag);
                response.setHeader(HttpHeaders.CACHE_CONTROL, FROZEN_CACHE_CONTROL);
                return;
            }
            Optional<byte[]> frozen = documents.frozenBytes(reportId);
            if (frozen.isPresent()) {
                response.setHeader(HttpHeaders.ETAG, etag);
                response.setHeader(HttpHeaders.CACHE_CONTROL, FROZEN_CACHE_CONTROL);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setContentLength(frozen.get().length);
                response.getOutputStream().write(frozen.get());
                return;
            }
        }
        // Built before the first byte is sent, so a refusal is still a problem+json; then written as it is made.
        ReportDocument document = documents.document(summary, knownAt, unitId);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        ReportJson.write(document, response.getOutputStream());
    }

    @GetMapping(path = "/{reportId}/report.csv")
    @Operation(summary = "Rapporten som CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma")
    @ApiResponse(responseCode = "200", description = "CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> csv(@PathVariable UUID reportId,
                                      @RequestParam(required = false) UUID unitId,
                                      @ReadAt KnownAt knownAt) {
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return ReportCsv.report(report.document()).response(fileName(report.document()) + ".csv");
    }

    @GetMapping(path = "/{reportId}/report.xlsx")
    @Operation(summary = "Rapporten som Excel-arbetsbok (.xlsx): samma rader och kolumner som CSV-filen")
    @ApiResponse(responseCode = "200", description = "Excel-arbetsbok", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> xlsx(@PathVariable UUID reportId,
                                       @RequestParam(required = false) UUID unitId,
                                       @ReadAt KnownAt knownAt) {
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return Xlsx.response(ReportCsv.report(report.document()).rows(), "Rapport", fileName(report.document()) + ".xlsx");
    }

    @GetMapping(path = "/{reportId}/report.html")
    @Operation(summary = "Rapporten som utskrivbar HTML-sida på svenska, med trafikljus och källa för varje siffra")
    public ResponseEntity<String> html(@PathVariable UUID reportId,
                                       @RequestParam(required = false) UUID unitId,
                                       @ReadAt KnownAt knownAt) {
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return html.response("reports/followup.jte", Map.of("d", report.document(), "summary", report.summary(),
                "zone", clock.getZone()));
    }

    @GetMapping(path = "/{reportId}/report.pdf")
    @Operation(summary = "Rapporten som arkivbeständig PDF/A-2 (inbäddade typsnitt, taggad), av samma sida som report.html")
    @ApiResponse(responseCode = "200", description = "PDF/A-2", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> pdf(@PathVariable UUID reportId,
                                      @RequestParam(required = false) UUID unitId,
                                      @ReadAt KnownAt knownAt) {
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return PdfA.response(html.render("reports/followup.jte", Map.of("d", report.document(),
                "summary", report.summary(), "zone", clock.getZone())), fileName(report.document()) + ".pdf");
    }

    /** "interim_1-2024", or per nämnd "interim_1-2024-<unit id>": built from the enum, year and id only. */
    static String fileName(ReportDocument document) {
        return document.kind().toLowerCase(java.util.Locale.ROOT) + "-" + document.year()
                + (document.scope() == null ? "" : "-" + document.scope().unitId());
    }
}
