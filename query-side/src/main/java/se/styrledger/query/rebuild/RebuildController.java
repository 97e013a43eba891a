package se.styrledger.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.IdempotentOperations;

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
    private final IdempotentOperations once;

    public RebuildController(Rebuilds rebuilds, IdempotentOperations once) {
        this.rebuilds = rebuilds;
        this.once = once;
    }

    @PostMapping
    @Operation(summary = "Starta en ombyggnad av alla läsmodeller från händelselagret",
            description = "Svarar 202 med förloppet; 409 om en ombyggnad redan pågår.")
    @ApiResponse(responseCode = "202", description = "Ombyggnaden har startat; förloppet", useReturnTypeSchema = true)
    public ResponseEntity<RebuildStatus> start(Authentication user, HttpServletRequest request) {
        return once.once(request, RebuildStatus.class, () -> {
            rebuilds.request(user.getName());
            return ResponseEntity.accepted().location(URI.create(PATH)).body(rebuilds.status());
        });
    }

    @GetMapping
    @Operation(summary = "Läsmodellernas läge och ombyggnadens förlopp: procent, händelser per sekund, återstående tid")
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
