package se.styrledger.query.checksum;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/admin/read-models/checksums", produces = "application/json")
@SecurityRequirement(name = "basic")
@Tag(name = "Ombyggnad av läsmodeller (admin)")
public class ChecksumController {

    private final ReadModelChecksum checksum;

    public ChecksumController(ReadModelChecksum checksum) {
        this.checksum = checksum;
    }

    @GetMapping
    @Operation(summary = "Kontrollsummor för varje lästabell, för att jämföra två liggare eller före och efter en"
            + " ombyggnad")
    public ReadModelChecksum.Checksums checksums() {
        return checksum.compute();
    }
}
