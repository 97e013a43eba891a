package se.styrledger.command.kolada;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/** The Kolada import for ADMIN: its progress (done, total, rate, time left) and a way to start a run. */
@RestController
@RequestMapping(path = "/api/v1/admin/kolada-import", produces = "application/json")
@Tag(name = "Drift: Kolada-import")
public class KoladaAdminController {

    private final KoladaImport koladaImport;
    private final KoladaProperties properties;

    public KoladaAdminController(KoladaImport koladaImport, KoladaProperties properties) {
        this.koladaImport = koladaImport;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Hur långt den pågående (eller senaste) Kolada-importen har kommit")
    public KoladaProgress.Snapshot progress() {
        return koladaImport.progress().snapshot();
    }

    @PostMapping
    @Operation(summary = "Starta en Kolada-import (med from_date: bara det som ändrats sedan dess)")
    public ResponseEntity<KoladaProgress.Snapshot> start(@RequestParam(required = false) LocalDate fromDate) {
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
