package se.styrledger.command.rights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.rights.RightCommands.GrantRecordingRight;
import se.styrledger.command.rights.RightCommands.RevokeRecordingRight;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.rights.Grantee;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/recording-rights", consumes = "application/json", produces = "application/json")
@Tag(name = "Behörigheter (kommando)", description = "Delegationsordningen: ge ett konto eller en grupp behörighet att"
        + " registrera för en enhet (och om beslutet säger så enheterna under den), och återkalla den, genom beslut av"
        + " kommunstyrelsen eller kommunfullmäktige (R-32).")
public class RecordingRightCommandController {

    private final CommandExecutor commands;

    public RecordingRightCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record GrantRequest(
            @Parameter(description = "Valfritt id; ett nytt skapas om det saknas") UUID rightId,
            Grantee grantee, UUID unitId, Boolean includesSubunits, Decision decision) {
    }

    public record RevokeRequest(String reason, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Ge behörighet att registrera för en enhet, från beslutets datum")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> grant(@RequestBody GrantRequest body, HttpServletRequest request) {
        UUID rightId = body.rightId() != null ? body.rightId() : UUID.randomUUID();
        return commands.create(request, body, new GrantRecordingRight(rightId, body.grantee(), body.unitId(),
                body.includesSubunits(), body.decision()), rightId);
    }

    @PostMapping("/{rightId}/revoke")
    @Operation(summary = "Återkalla en behörighet från beslutets datum; det som registrerats under den står kvar")
    public ResponseEntity<CommandResult> revoke(@PathVariable UUID rightId, @RequestBody RevokeRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new RevokeRecordingRight(rightId, body.reason(), body.decision()),
                rightId);
    }
}
