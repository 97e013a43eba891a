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
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.HtmlDocuments;
import se.styrledger.query.printing.PdfA;
import se.styrledger.query.printing.Xlsx;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/key-figure-reports")
@Tag(name = "Uppföljning: nyckeltalsrapport (läsning)", description = "Månadens nyckeltal: alla indikatorvärden för"
        + " en månad, som JSON, CSV (Excel) och utskrivbar HTML. Öppen för alla.")
public class KeyFigureReportController {

    private final KeyFigureBuilder builder;
    private final Clock clock;
    private final HtmlDocuments html;

    public KeyFigureReportController(KeyFigureBuilder builder, Clock clock, HtmlDocuments html) {
        this.builder = builder;
        this.clock = clock;
        this.html = html;
    }

    @GetMapping(path = "/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nyckeltalsrapporten för en månad som JSON; varje siffra anger händelsen som registrerade den")
    @ApiResponse(responseCode = "200", description = "Rapporten som JSON", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = KeyFigureReport.class)))
    public ResponseEntity<byte[]> json(@Parameter(description = "Månaden, t.ex. 2024-03") @PathVariable String month,
                                       @RequestParam(required = false) UUID unitId,
                                       @ReadAt(asOf = false) ReadTime at) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ReportJson.bytes(report(month, unitId, at)));
    }

    @GetMapping(path = "/{month}/report.csv")
    @Operation(summary = "Nyckeltalsrapporten som CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma")
    @ApiResponse(responseCode = "200", description = "CSV för Excel: UTF-8 med BOM, semikolon, decimalkomma", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> csv(@PathVariable String month, @RequestParam(required = false) UUID unitId,
                                      @ReadAt(asOf = false) ReadTime at) {
        KeyFigureReport report = report(month, unitId, at);
        return KeyFigureRendering.csv(report).response("nyckeltal-" + YearMonth.of(report.year(), report.month())
                + (unitId == null ? "" : "-" + unitId) + ".csv");
    }

    @GetMapping(path = "/{month}/report.xlsx")
    @Operation(summary = "Nyckeltalsrapporten som Excel-arbetsbok (.xlsx): samma rader och kolumner som CSV-filen")
    @ApiResponse(responseCode = "200", description = "Excel-arbetsbok", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> xlsx(@PathVariable String month, @RequestParam(required = false) UUID unitId,
                                       @ReadAt(asOf = false) ReadTime at) {
        KeyFigureReport report = report(month, unitId, at);
        return Xlsx.response(KeyFigureRendering.csv(report).rows(), "Nyckeltal", "nyckeltal-"
                + YearMonth.of(report.year(), report.month()) + (unitId == null ? "" : "-" + unitId) + ".xlsx");
    }

    @GetMapping(path = "/{month}/report.html")
    @Operation(summary = "Nyckeltalsrapporten som utskrivbar HTML-sida på svenska")
    public ResponseEntity<String> html(@PathVariable String month, @RequestParam(required = false) UUID unitId,
                                       @ReadAt(asOf = false) ReadTime at) {
        return html.response("reports/keyfigures.jte", Map.of("r", report(month, unitId, at),
                "zone", clock.getZone()));
    }

    @GetMapping(path = "/{month}/report.pdf")
    @Operation(summary = "Nyckeltalsrapporten som arkivbeständig PDF/A-2, av samma sida som report.html")
    @ApiResponse(responseCode = "200", description = "PDF/A-2", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> pdf(@PathVariable String month, @RequestParam(required = false) UUID unitId,
                                      @ReadAt(asOf = false) ReadTime at) {
        KeyFigureReport report = report(month, unitId, at);
        return PdfA.response(html.render("reports/keyfigures.jte", Map.of("r", report, "zone", clock.getZone())),
                "nyckeltal-"
                + YearMonth.of(report.year(), report.month()) + (unitId == null ? "" : "-" + unitId) + ".pdf");
    }

    private KeyFigureReport report(String month, UUID unitId, ReadTime at) {
        return builder.build(parse(month), at.knownAt(), unitId);
    }

    private static YearMonth parse(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 1900 || parsed.getYear() > 2200) {
                throw LedgerException.invalid("month", "Månaden ska ligga mellan år 1900 och 2200.");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid("month", "Ange månaden som 2024-03.");
        }
    }
}
