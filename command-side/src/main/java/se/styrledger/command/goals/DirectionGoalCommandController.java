package se.styrledger.command.goals;

import io.swagger.v3.oas.annotations.Operation;
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
import se.styrledger.command.goals.GoalCommands.AdoptDirectionGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToDirectionGoal;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromDirectionGoal;
import se.styrledger.command.goals.GoalCommands.ReviseDirectionGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawDirectionGoal;
import se.styrledger.command.goals.GoalRequests.AttachIndicatorRequest;
import se.styrledger.command.goals.GoalRequests.DecisionRequest;
import se.styrledger.command.goals.GoalRequests.WithdrawRequest;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@RestController
@RequestMapping(path = "/api/v1/direction-goals", consumes = "application/json", produces = "application/json")
@Tag(name = "Inriktningsmål (kommando)", description = "Kommunfullmäktiges inriktningsmål inom en strategisk"
        + " inriktning, för en period som mandatperioden (R-01, R-15); indikatorer med målvärden (R-14).")
public class DirectionGoalCommandController {

    private final CommandExecutor commands;

    public DirectionGoalCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptDirectionGoalRequest(
        UUID goalId,
        @Schema(requiredMode = REQUIRED) UUID directionId,
        @Schema(requiredMode = REQUIRED, maxLength = 300) String title,
        @Schema(maxLength = 4000) String description,
        @Schema(requiredMode = REQUIRED, minimum = "1900", maximum = "2200") Integer fromYear,
        @Schema(requiredMode = REQUIRED, minimum = "1900", maximum = "2200") Integer toYear,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record ReviseDirectionGoalRequest(UUID directionId, String title, String description, Integer fromYear,
                                             Integer toYear, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Anta ett inriktningsmål, t.ex. \"Fler unga i Trelleborg går från bidrag till egen försörjning\"")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptDirectionGoalRequest body, HttpServletRequest request) {
        UUID id = GoalRequests.idOrNew(body.goalId());
        return commands.create(request, body, new AdoptDirectionGoal(id, body.directionId(), body.title(),
                body.description(), body.fromYear(), body.toYear(), body.decision()), id);
    }

    @PostMapping("/{goalId}/revise")
    @Operation(summary = "Revidera ett inriktningsmål (ny version under samma id)")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID goalId, @RequestBody ReviseDirectionGoalRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReviseDirectionGoal(goalId, body.directionId(), body.title(),
                body.description(), body.fromYear(), body.toYear(), body.decision()), goalId);
    }

    @PostMapping("/{goalId}/withdraw")
    @Operation(summary = "Upphäva ett inriktningsmål; kopplade effektmål flaggas")
    public ResponseEntity<CommandResult> withdraw(@PathVariable UUID goalId, @RequestBody WithdrawRequest body,
                                                  HttpServletRequest request) {
        return commands.change(request, body, new WithdrawDirectionGoal(goalId, body.reason(), body.decision()), goalId);
    }

    @PostMapping("/{goalId}/indicators")
    @Operation(summary = "Koppla en indikator med målvärde för en period till inriktningsmålet (R-14)")
    public ResponseEntity<CommandResult> attach(@PathVariable UUID goalId, @RequestBody AttachIndicatorRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new AttachIndicatorToDirectionGoal(goalId, body.indicatorId(), body.target(),
                body.decision()), goalId);
    }

    @PostMapping("/{goalId}/indicators/{indicatorId}/detach")
    @Operation(summary = "Koppla bort en indikator från inriktningsmålet")
    public ResponseEntity<CommandResult> detach(@PathVariable UUID goalId, @PathVariable UUID indicatorId,
                                                @RequestBody DecisionRequest body, HttpServletRequest request) {
        return commands.change(request, body, new DetachIndicatorFromDirectionGoal(goalId, indicatorId, body.decision()), goalId);
    }
}
