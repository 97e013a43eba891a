package se.styrledger.command.kolada;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.IdempotentOperations;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/** The Kolada import for ADMIN: its progress (done, total, rate, time left) and a way to start a run. */
@RestController
@RequestMapping(path = "/api/v1/admin/kolada-import", produces = "application/json")
@Tag(name = "Drift: Kolada-import", description = "Hämtar andra kommuners nyckeltal från Kolada som"
        + " referensvärden, och visar hur långt importen har kommit. Kräver rollen ADMIN.")
public class KoladaAdminController {

    private final KoladaImport koladaImport;
    private final KoladaProperties properties;
    private final IdempotentOperations once;

    public KoladaAdminController(KoladaImport koladaImport, KoladaProperties properties, IdempotentOperations once) {
        this.koladaImport = koladaImport;
        this.properties = properties;
        this.once = once;
    }

    @GetMapping
    @Operation(summary = "Hur långt den pågående (eller senaste) Kolada-importen har kommit")
    public KoladaProgress.Snapshot progress() {
        return koladaImport.progress().snapshot();
    }

    @PostMapping
    @Operation(summary = "Starta en Kolada-import (med from_date: bara det som ändrats sedan dess)")
    @ApiResponse(responseCode = "202", description = "Importen har startat; förloppet", useReturnTypeSchema = true)
    public ResponseEntity<KoladaProgress.Snapshot> start(@RequestParam(required = false) LocalDate fromDate,
                                                         HttpServletRequest request) {
        return once.once(request, KoladaProgress.Snapshot.class, () -> start(fromDate));
    }

    private ResponseEntity<KoladaProgress.Snapshot> start(LocalDate fromDate) {
        if (!properties.configured()) {
            throw LedgerException.conflict("Kolada är inte konfigurerat (styrledger.kolada.base-url).");
        }
        if ("RUNNING".equals(koladaImport.progress().snapshot().state())) {
            throw LedgerException.conflict("En Kolada-import pågår redan.");
        }
        CompletableFuture.runAsync(() -> {
            try {
                koladaImport.run(fromDate);
            } catch (RuntimeException e) {
                // The progress keeps the message; the log has it too.
                org.slf4j.LoggerFactory.getLogger(KoladaAdminController.class).error("Kolada import failed: {}",
                        e.getMessage());
            }
        });
        return ResponseEntity.accepted().body(koladaImport.progress().snapshot());
    }
}
