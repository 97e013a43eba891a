package se.styrledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.printing.PdfA;
import se.styrledger.query.printing.Xlsx;
import se.styrledger.query.support.HtmlDocuments;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Ansvarsutkrävande (revision)", description = "Granskningsspåret för revisorer: vem som åtog sig vad, när,"
        + " genom vilket beslut (§, diarienummer), vem som registrerade det och vad som blev av det. Kräver rollen"
        + " AUDITOR eller ADMIN; varje läsning registreras.")
public class AuditController {

    private final AuditQueries queries;
    private final Findings findings;
    private final JdbcTemplate jdbc;
    private final HtmlDocuments documents;
    private final ReviewDocuments reviews;

    public AuditController(AuditQueries queries, Findings findings, JdbcTemplate jdbc, HtmlDocuments documents,
                           ReviewDocuments reviews) {
        this.queries = queries;
        this.findings = findings;
        this.jdbc = jdbc;
        this.documents = documents;
        this.reviews = reviews;
    }

    @GetMapping(path = "/api/v1/audit/effect-goals/{goalId}/trail", produces = "application/json")
    @Operation(summary = "Ett åtagandes hela kedja: inriktningsmål, antagande, revisioner, kopplingar, aktiviteter,"
            + " indikatorvärden och korrigeringar, bedömningar av måluppfyllelse och årets rapporter (öppnad, stängd,"
            + " behandlad eller godkänd); namnen som de var per datumet")
    public List<AuditEntry> chain(@PathVariable UUID goalId, @ReadAt ReadTime at) {
        List<AuditEntry> chain = queries.chain(goalId, at);
        if (chain.isEmpty()) {
            throw LedgerException.notFound("Effektmålet " + goalId + " finns inte i granskningsspåret per det datumet.");
        }
        return chain;
    }

    @GetMapping(path = "/api/v1/audit/effect-goals/{goalId}/findings", produces = "application/json")
    @Operation(summary = "Iakttagelserna om ett effektmål, var och en med händelserna bakom den")
    public List<Finding> effectGoalFindings(@PathVariable UUID goalId, @ReadAt ReadTime at) {
        var goal = jdbc.queryForList("SELECT unit_id, year FROM audit_goal WHERE goal_id = ?", goalId);
        if (goal.isEmpty()) {
            throw LedgerException.notFound("Effektmålet " + goalId + " finns inte i granskningsspåret.");
        }
        return findings.find((UUID) goal.get(0).get("unit_id"), (Integer) goal.get(0).get("year"), at).stream()
                .filter(finding -> goalId.equals(finding.effectGoalId())).toList();
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/trail", produces = "application/json")
    @Operation(summary = "Allt som rör en nämnd eller ett bolag ett visst år")
    public List<AuditEntry> byUnit(@PathVariable UUID unitId, @RequestParam int year,
                                   @ReadAt ReadTime at) {
        return queries.byUnitAndYear(unitId, year, at);
    }

    @GetMapping(path = "/api/v1/audit/people/{person}/trail", produces = "application/json")
    @Operation(summary = "Allt en person har registrerat eller ansvarar för")
    public List<AuditEntry> byPerson(@PathVariable String person, @ReadAt ReadTime at) {
        return queries.byPerson(person, at);
    }

    @GetMapping(path = "/api/v1/audit/case-numbers/trail", produces = "application/json")
    @Operation(summary = "Allt som registrerats under ett diarienummer, t.ex. KS 2019/0458")
    public List<AuditEntry> byCaseNumber(@RequestParam String caseNumber, @ReadAt ReadTime at) {
        return queries.byCaseNumber(caseNumber, at);
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/findings", produces = "application/json")
    @Operation(summary = "Iakttagelser för en nämnd och ett år, var och en med händelserna bakom den")
    public List<Finding> findings(@PathVariable UUID unitId, @RequestParam int year,
                                  @ReadAt ReadTime at) {
        return findings.find(unitId, requireYear(year), at);
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/review", params = "format=json", produces = "application/json")
    @Operation(summary = "Granskningsunderlaget som JSON (format=json): varje åtagande med hela sin uppföljning, varje iakttagelse"
            + " med sitt underlag, de frysta rapporterna med SHA-256 och nämndens alla händelser under året")
    public ReviewDocuments.Review reviewJson(@PathVariable UUID unitId, @RequestParam int year,
                                             @ReadAt ReadTime at) {
        return review(unitId, year, at);
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/review", produces = {"text/html", "text/csv"})
    @Operation(summary = "Granskningsunderlag för en nämnd och ett år: iakttagelser, åtaganden med hela sin"
            + " uppföljning, frysta rapporter med SHA-256 och händelser, som utskrivbar HTML (format=html) eller CSV"
            + " för Excel (format=csv)")
    public ResponseEntity<String> review(@PathVariable UUID unitId, @RequestParam int year,
                                         @RequestParam(defaultValue = "html") String format,
                                         @ReadAt ReadTime at) {
        ReviewDocuments.Review review = review(unitId, year, at);
        return switch (format) {
            case "html" -> documents.response("reports/review.jte", Map.of("review", review));
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"granskningsunderlag-" + year + ".csv\"")
                    .body(ReviewDocuments.csv(review));
            default -> throw LedgerException.invalid("format", "format ska vara html, csv eller json.");
        };
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/review.pdf", produces = "application/pdf")
    @Operation(summary = "Granskningsunderlaget som arkivbeständig PDF/A-2, av samma sida som format=html")
    @ApiResponse(responseCode = "200", description = "PDF/A-2", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> reviewPdf(@PathVariable UUID unitId, @RequestParam int year,
                                            @ReadAt ReadTime at) {
        return PdfA.response(documents.render("reports/review.jte",
                        Map.of("review", review(unitId, year, at))),
                "granskningsunderlag-" + year + ".pdf");
    }

    @GetMapping(path = "/api/v1/audit/units/{unitId}/review.xlsx")
    @Operation(summary = "Granskningsunderlaget som Excel-arbetsbok (.xlsx): samma rader och kolumner som format=csv")
    @ApiResponse(responseCode = "200", description = "Excel-arbetsbok", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> reviewXlsx(@PathVariable UUID unitId, @RequestParam int year,
                                             @ReadAt ReadTime at) {
        return Xlsx.response(ReviewDocuments.rows(review(unitId, year, at)),
                "Granskningsunderlag", "granskningsunderlag-" + year + ".xlsx");
    }

    private ReviewDocuments.Review review(UUID unitId, int year, ReadTime at) {
        return reviews.review(unitId, requireYear(year), at);
    }

    private static int requireYear(int year) {
        if (year < 1900 || year > 2200) {
            throw LedgerException.invalid("year", "year ska vara ett år mellan 1900 och 2200.");
        }
        return year;
    }

    @GetMapping(path = "/api/v1/admin/audit-access", produces = "application/json")
    @Operation(summary = "Vem som har läst granskningsspåret, vad och när (ADMIN)")
    public List<Map<String, Object>> accessLog(@RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw LedgerException.invalid("limit", "limit ska vara mellan 1 och 10000.");
        }
        return jdbc.queryForList("SELECT accessed_by AS \"accessedBy\", roles, request, accessed_at AS \"accessedAt\""
                + " FROM audit_access ORDER BY id DESC LIMIT ?", limit);
    }
}
