package se.styrledger.query.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.support.HtmlDocuments;
import se.styrledger.query.printing.PdfA;
import se.styrledger.query.printing.Xlsx;
import se.styrledger.query.support.ProjectionProgress;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/follow-up-reports")
@Tag(name = "Uppföljning: rapporter (läsning)", description = "Delårsrapporter och årsredovisning som JSON, CSV"
        + " (Excel) och utskrivbar HTML, för hela kommunen eller per nämnd. En stängd rapport visas exakt som den"
        + " frystes (R-21). Öppen för alla.")
public class FollowUpReportQueryController {

    private final FollowUpQueries queries;
    private final ReportDocuments documents;
    private final ProjectionProgress progress;
    private final Clock clock;
    private final HtmlDocuments html;

    public FollowUpReportQueryController(FollowUpQueries queries, ReportDocuments documents,
                                         ProjectionProgress progress, Clock clock, HtmlDocuments html) {
        this.queries = queries;
        this.documents = documents;
        this.progress = progress;
        this.clock = clock;
        this.html = html;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Årets rapporter med status, brytdatum och fingeravtryck (SHA-256) av de stängda")
    public List<ReportSummary> list(@RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String knownAt,
                                    @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        return queries.reports(year, ReadTime.of(null, knownAt, clock).knownAt());
    }

    @GetMapping(path = "/{reportId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rapporten som JSON; varje siffra anger händelsen som registrerade den")
    @ApiResponse(responseCode = "200", description = "Rapporten som JSON", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReportDocument.class)))
    public ResponseEntity<byte[]> json(@PathVariable UUID reportId,
                                       @Parameter(description = "Bara den här nämndens del") @RequestParam(required = false) UUID unitId,
                                       @Parameter(description = "Beräkna rapporten så som liggaren kände den vid tidpunkten i stället för den frysta")
                                       @RequestParam(required = false) String knownAt,
                                       @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.json());
    }

    @GetMapping(path = "/{reportId}/report.csv")
    @Operation(summary = "Rapporten som CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma")
    @ApiResponse(responseCode = "200", description = "CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> csv(@PathVariable UUID reportId,
                                      @RequestParam(required = false) UUID unitId,
                                      @RequestParam(required = false) String knownAt,
                                      @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return ReportCsv.report(report.document()).response(fileName(report.document()) + ".csv");
    }

    @GetMapping(path = "/{reportId}/report.xlsx")
    @Operation(summary = "Rapporten som Excel-arbetsbok (.xlsx): samma rader och kolumner som CSV-filen")
    @ApiResponse(responseCode = "200", description = "Excel-arbetsbok", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> xlsx(@PathVariable UUID reportId,
                                       @RequestParam(required = false) UUID unitId,
                                       @RequestParam(required = false) String knownAt,
                                       @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
        ReportDocuments.Resolved report = documents.resolve(reportId, knownAt, unitId);
        return Xlsx.response(ReportCsv.report(report.document()).rows(), "Rapport", fileName(report.document()) + ".xlsx");
    }

    @GetMapping(path = "/{reportId}/report.html")
    @Operation(summary = "Rapporten som utskrivbar HTML-sida på svenska, med trafikljus och källa för varje siffra")
    public ResponseEntity<String> html(@PathVariable UUID reportId,
                                       @RequestParam(required = false) UUID unitId,
                                       @RequestParam(required = false) String knownAt,
                                       @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
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
                                      @RequestParam(required = false) String knownAt,
                                      @RequestParam(required = false) Long minPosition) {
        progress.await(minPosition);
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
