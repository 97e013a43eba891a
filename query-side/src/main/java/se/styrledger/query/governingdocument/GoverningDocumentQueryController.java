package se.styrledger.query.governingdocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.governingdocument.GoverningDocumentQueries.Filter;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/governing-documents", produces = "application/json")
@Tag(name = "Styrdokument (läsning)", description = "Styrdokumentregistret per ett datum (asOf), så som liggaren kände"
        + " det vid en tidpunkt (knownAt): sökning, aktualitetsprövningar, hierarki och historik. Öppet för alla.")
public class GoverningDocumentQueryController {

    private static final int MAX_TEXT_PARAMETER = 200;
    private static final int MAX_DAYS_AHEAD = 3660;

    private final GoverningDocumentQueries queries;

    public GoverningDocumentQueryController(GoverningDocumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Registret per ett datum: gällande styrdokument, sökbara på titel, typ, enhet och diarienummer")
    public List<GoverningDocumentView> register(
            @ReadAt ReadTime at,
            @Parameter(description = "Del av titeln, utan hänsyn till stora och små bokstäver")
            @RequestParam(required = false) String title,
            @RequestParam(required = false) DocumentType type,
            @Parameter(description = "Enhet som styrdokumentet uttryckligen gäller")
            @RequestParam(required = false) UUID unitId,
            @Parameter(description = "Del av diarienumret (dokumentets eller beslutets)")
            @RequestParam(required = false) String caseNumber,
            @Parameter(description = "Dokumentansvarig (hela namnet eller rollen)")
            @RequestParam(required = false) String owner,
            @Parameter(description = "Ta med upphävda, ersatta och utgångna styrdokument")
            @RequestParam(defaultValue = "false") boolean includeEnded) {
        return queries.register(at, new Filter(text("title", title), type, unitId,
                text("caseNumber", caseNumber), text("owner", owner), includeEnded));
    }

    @GetMapping("/overdue-review")
    @Operation(summary = "Styrdokument vars aktualitetsprövning skulle ha gjorts före datumet (asOf)")
    public List<GoverningDocumentView> overdueForReview(
            @ReadAt ReadTime at,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) UUID unitId) {
        return queries.overdueForReview(at, text("owner", owner), unitId);
    }

    @GetMapping("/due-for-review")
    @Operation(summary = "Styrdokument som ska aktualitetsprövas på datumet (asOf) eller inom ett antal dagar efter det")
    public List<GoverningDocumentView> dueForReview(
            @ReadAt ReadTime at,
            @Parameter(description = "Antal dagar framåt från asOf (0 = bara den dagen)")
            @RequestParam(defaultValue = "90") int withinDays,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) UUID unitId) {
        if (withinDays < 0 || withinDays > MAX_DAYS_AHEAD) {
            throw LedgerException.invalid("withinDays", "withinDays ska vara mellan 0 och " + MAX_DAYS_AHEAD + ".");
        }
        return queries.dueForReview(at, withinDays, text("owner", owner), unitId);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Ett styrdokument per ett datum")
    public GoverningDocumentView get(@PathVariable UUID documentId,
                                     @ReadAt ReadTime at) {
        return queries.one(documentId, at).orElseThrow(() -> notFound(documentId));
    }

    @GetMapping("/{documentId}/history")
    @Operation(summary = "Ett styrdokuments hela historik: alla versioner och beslut, äldst först")
    public List<GoverningDocumentView> history(@PathVariable UUID documentId,
                                               @ReadAt(asOf = false) ReadTime at) {
        List<GoverningDocumentView> states = queries.history(documentId, at);
        if (states.isEmpty()) {
            throw LedgerException.notFound("Styrdokumentet " + documentId + " finns inte.");
        }
        return states;
    }

    @GetMapping("/{documentId}/versions/{version}")
    @Operation(summary = "En äldre (eller den gällande) version av ett styrdokument, så som den antogs eller reviderades")
    public GoverningDocumentView version(@PathVariable UUID documentId, @PathVariable int version,
                                         @ReadAt(asOf = false) ReadTime at) {
        return queries.version(documentId, version, at)
                .orElseThrow(() -> LedgerException.notFound("Styrdokumentet " + documentId + " har ingen version "
                        + version + "."));
    }

    @GetMapping("/{documentId}/hierarchy")
    @Operation(summary = "Ett styrdokument med sitt överordnade dokument och de dokument som ligger under det")
    public GoverningDocumentView.Hierarchy hierarchy(@PathVariable UUID documentId,
                                                     @ReadAt ReadTime at,
                                                     @RequestParam(defaultValue = "false") boolean includeEnded) {
        GoverningDocumentView document = queries.one(documentId, at).orElseThrow(() -> notFound(documentId));
        GoverningDocumentView parent = document.parentDocumentId() == null ? null
                : queries.one(document.parentDocumentId(), at).orElse(null);
        return new GoverningDocumentView.Hierarchy(document, parent, queries.children(documentId, at, includeEnded));
    }

    private static LedgerException notFound(UUID documentId) {
        return LedgerException.notFound("Styrdokumentet " + documentId + " finns inte per det datumet.");
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT_PARAMETER) {
            throw LedgerException.invalid(name, name + " får vara högst " + MAX_TEXT_PARAMETER + " tecken.");
        }
        return value.strip();
    }
}
