package se.styrledger.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping(path = RebuildController.PATH, produces = "application/json")
@ServedDuringRebuild
@SecurityRequirement(name = "basic")
@Tag(name = "Ombyggnad av läsmodeller (admin)", description = "Bygger om alla läsmodeller från händelselagret och"
        + " visar förloppet. Under ombyggnaden svarar frågorna 503 med Retry-After. Kräver rollen ADMIN.")
public class RebuildController {

    static final String PATH = "/api/v1/admin/rebuild";

    private final Rebuilds rebuilds;

    public RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @Operation(summary = "Starta en ombyggnad av alla läsmodeller från händelselagret",
            description = "Svarar 202 med förloppet; 409 om en ombyggnad redan pågår.")
    public ResponseEntity<RebuildStatus> start(Authentication user) {
        rebuilds.request(user.getName());
        return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuilds.status());
    }

    @GetMapping
    @Operation(summary = "Läsmodellernas läge och ombyggnadens förlopp: procent, händelser per sekund, återstående tid")
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
