package se.styrledger.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.security.WhoRecorded;
import se.styrledger.query.rebuild.ServedDuringRebuild;
import se.styrledger.query.support.ReadCaps;
import se.styrledger.platform.web.ConcurrencyCap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The event stream for analysis, as JSON Lines. Open to everyone like every other read, since the events are
 * the decisions themselves; who recorded each one is personal data and is included only for revisorer and
 * administrators (ADR 0031). It reads the event store, not the read tables, so it answers during a rebuild.
 */
@RestController
@RequestMapping("/api/v1/events")
@ServedDuringRebuild
@Tag(name = "Händelser (export för analys)", description = "Hela liggaren, eller ett urval, som JSON Lines: en"
        + " händelse per rad i positionsordning. Öppen för alla; vem som registrerade visas för REVISOR och ADMIN.")
public class EventExportController {

    public static final String NDJSON = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(EventExportController.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final EventExport export;
    private final ReadCaps caps;

    public EventExportController(EventExport export, ReadCaps caps) {
        this.export = export;
        this.caps = caps;
    }

    @GetMapping
    @Operation(summary = "Exportera händelser som JSON Lines (application/x-ndjson), strömmat",
            description = "Utan parametrar: alla händelser. Urval efter position (fromPosition ≤ p ≤ toPosition),"
                    + " registreringstid (recordedFrom ≤ t < recordedTo) och aggregattyp. Fälten beskrivs i"
                    + " docs/analysis.md.",
            responses = @ApiResponse(responseCode = "200", description = "En händelse per rad",
                    content = @Content(mediaType = NDJSON)))
    public void events(@Parameter(description = "Första position, inklusive") @RequestParam(required = false)
                       Long fromPosition,
                       @Parameter(description = "Sista position, inklusive") @RequestParam(required = false)
                       Long toPosition,
                       @Parameter(description = "Registrerad från och med, t.ex. 2024-01-01T00:00:00Z")
                       @RequestParam(required = false) String recordedFrom,
                       @Parameter(description = "Registrerad före") @RequestParam(required = false)
                       String recordedTo,
                       @Parameter(description = "Aggregattyp, t.ex. OrganisationUnit")
                       @RequestParam(required = false) String aggregateType,
                       HttpServletResponse response) throws IOException {
        EventRange range = EventRange.of(fromPosition, toPosition, recordedFrom, recordedTo, aggregateType);
        try (ConcurrencyCap.Permit exporting = caps.exports().enter()) {
            stream(range, response);
        }
    }

    private void stream(EventRange range, HttpServletResponse response) throws IOException {
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER_BYTES);
        try {
            export.write(range, WhoRecorded.visible(), out);
            out.flush();
        } catch (UncheckedIOException e) {
            // The client went away mid-stream; there is nobody left to answer.
            log.debug("Event export aborted: {}", e.getMessage());
        }
    }
}
