package se.styrledger.command.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.goals.GoalCommands.AdoptStrategicDirection;
import se.styrledger.command.goals.GoalCommands.AdoptVision;
import se.styrledger.command.goals.GoalCommands.ReviseStrategicDirection;
import se.styrledger.command.goals.GoalCommands.ReviseVision;
import se.styrledger.command.goals.GoalCommands.WithdrawStrategicDirection;
import se.styrledger.command.goals.GoalCommands.WithdrawVision;
import se.styrledger.command.goals.GoalRequests.WithdrawRequest;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** KF's top of the röd tråd: the vision and the strategiska inriktningar. */
@RestController
@RequestMapping(consumes = "application/json", produces = "application/json")
@Tag(name = "Vision och strategiska inriktningar (kommando)",
        description = "Kommunfullmäktige antar, reviderar och upphäver visionen och de strategiska inriktningarna (R-01).")
public class VisionCommandController {

    private final CommandExecutor commands;

    public VisionCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptVisionRequest(
        UUID visionId,
        @Schema(requiredMode = REQUIRED, maxLength = 4000) String text,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record ReviseVisionRequest(
        @Schema(requiredMode = REQUIRED, maxLength = 4000) String text,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record AdoptStrategicDirectionRequest(
        UUID directionId,
        @Schema(requiredMode = REQUIRED) UUID visionId,
        @Schema(requiredMode = REQUIRED, maxLength = 200) String name,
        @ArraySchema(maxItems = 20, items = @Schema(maxLength = 200)) List<String> themes,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record ReviseStrategicDirectionRequest(
        @Schema(requiredMode = REQUIRED, maxLength = 200) String name,
        @ArraySchema(maxItems = 20, items = @Schema(maxLength = 200)) List<String> themes,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    @PostMapping("/api/v1/visions")
    @Operation(summary = "Anta en vision, t.ex. \"Trelleborg ska vara en framgångskommun med hög livskvalitet och en"
            + " långsiktigt hållbar tillväxt.\"")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adoptVision(@RequestBody AdoptVisionRequest body, HttpServletRequest request) {
        UUID id = GoalRequests.idOrNew(body.visionId());
        return commands.create(request, body, new AdoptVision(id, body.text(), body.decision()), id);
    }

    @PostMapping("/api/v1/visions/{visionId}/revise")
    @Operation(summary = "Revidera visionens formulering")
    public ResponseEntity<CommandResult> reviseVision(@PathVariable UUID visionId, @RequestBody ReviseVisionRequest body,
                                                      HttpServletRequest request) {
        return commands.change(request, body, new ReviseVision(visionId, body.text(), body.decision()), visionId);
    }

    @PostMapping("/api/v1/visions/{visionId}/withdraw")
    @Operation(summary = "Upphäva visionen")
    public ResponseEntity<CommandResult> withdrawVision(@PathVariable UUID visionId, @RequestBody WithdrawRequest body,
                                                        HttpServletRequest request) {
        return commands.change(request, body, new WithdrawVision(visionId, body.reason(), body.decision()), visionId);
    }

    @PostMapping("/api/v1/strategic-directions")
    @Operation(summary = "Anta en strategisk inriktning, t.ex. \"Livskvalitet\" med teman hälsa, trygghet, boende, upplevelser")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adoptDirection(@RequestBody AdoptStrategicDirectionRequest body,
                                                        HttpServletRequest request) {
        UUID id = GoalRequests.idOrNew(body.directionId());
        return commands.create(request, body, new AdoptStrategicDirection(id, body.visionId(), body.name(),
                body.themes(), body.decision()), id);
    }

    @PostMapping("/api/v1/strategic-directions/{directionId}/revise")
    @Operation(summary = "Revidera en strategisk inriktning")
    public ResponseEntity<CommandResult> reviseDirection(@PathVariable UUID directionId,
                                                         @RequestBody ReviseStrategicDirectionRequest body,
                                                         HttpServletRequest request) {
        return commands.change(request, body, new ReviseStrategicDirection(directionId, body.name(), body.themes(),
                body.decision()), directionId);
    }

    @PostMapping("/api/v1/strategic-directions/{directionId}/withdraw")
    @Operation(summary = "Upphäva en strategisk inriktning")
    public ResponseEntity<CommandResult> withdrawDirection(@PathVariable UUID directionId,
                                                           @RequestBody WithdrawRequest body, HttpServletRequest request) {
        return commands.change(request, body, new WithdrawStrategicDirection(directionId, body.reason(), body.decision()),
                directionId);
    }
}
