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
import se.styrledger.command.goals.GoalCommands.AdoptEffectGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToEffectGoal;
import se.styrledger.command.goals.GoalCommands.DefineChangeTheory;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromEffectGoal;
import se.styrledger.command.goals.GoalCommands.LinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.ReviseEffectGoal;
import se.styrledger.command.goals.GoalCommands.UnlinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawEffectGoal;
import se.styrledger.command.goals.GoalRequests.AttachIndicatorRequest;
import se.styrledger.command.goals.GoalRequests.DecisionRequest;
import se.styrledger.command.goals.GoalRequests.WithdrawRequest;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;

import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@RestController
@RequestMapping(path = "/api/v1/effect-goals", consumes = "application/json", produces = "application/json")
@Tag(name = "Effektmål (kommando)", description = "Nämndernas och bolagens ettåriga åtaganden mot kommunfullmäktige:"
        + " målgrupp och effekt (R-11), ett verksamhetsår (R-12), kopplade till inriktningsmål (R-10), beslutade av"
        + " ägaren eller ålagda av KF (R-02).")
public class EffectGoalCommandController {

    private final CommandExecutor commands;

    public EffectGoalCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptEffectGoalRequest(
        UUID goalId,
        @Schema(requiredMode = REQUIRED) UUID ownerUnitId,
        @Schema(requiredMode = REQUIRED) Integer year,
        @Schema(requiredMode = REQUIRED, maxLength = 300) String title,
        @Schema(requiredMode = REQUIRED, maxLength = 500) String targetGroup,
        @Schema(requiredMode = REQUIRED, maxLength = 2000) String intendedEffect,
        @Schema(requiredMode = REQUIRED) @ArraySchema(minItems = 1) List<UUID> directionGoalIds,
        Boolean imposedByCouncil,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record ReviseEffectGoalRequest(
        @Schema(requiredMode = REQUIRED, maxLength = 300) String title,
        @Schema(requiredMode = REQUIRED, maxLength = 500) String targetGroup,
        @Schema(requiredMode = REQUIRED, maxLength = 2000) String intendedEffect,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record LinkRequest(
        @Schema(requiredMode = REQUIRED) UUID directionGoalId,
        @Schema(requiredMode = REQUIRED) Decision decision) {
    }

    public record ChangeTheoryRequest(List<ChangeStep> steps, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Anta ett effektmål, t.ex. \"Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning\"")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptEffectGoalRequest body, HttpServletRequest request) {
        UUID id = GoalRequests.idOrNew(body.goalId());
        return commands.create(request, body, new AdoptEffectGoal(id, body.ownerUnitId(), body.year(), body.title(),
                body.targetGroup(), body.intendedEffect(), body.directionGoalIds(), Boolean.TRUE.equals(body.imposedByCouncil()),
                body.decision()), id);
    }

    @PostMapping("/{goalId}/revise")
    @Operation(summary = "Revidera effektmålets formulering, målgrupp eller effekt (ny version)")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID goalId, @RequestBody ReviseEffectGoalRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReviseEffectGoal(goalId, body.title(), body.targetGroup(),
                body.intendedEffect(), body.decision()), goalId);
    }

    @PostMapping("/{goalId}/link")
    @Operation(summary = "Koppla effektmålet till ytterligare ett inriktningsmål")
    public ResponseEntity<CommandResult> link(@PathVariable UUID goalId, @RequestBody LinkRequest body,
                                              HttpServletRequest request) {
        return commands.change(request, body, new LinkEffectGoal(goalId, body.directionGoalId(), body.decision()), goalId);
    }

    @PostMapping("/{goalId}/unlink")
    @Operation(summary = "Koppla bort effektmålet från ett inriktningsmål (minst ett ska finnas kvar, R-10)")
    public ResponseEntity<CommandResult> unlink(@PathVariable UUID goalId, @RequestBody LinkRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new UnlinkEffectGoal(goalId, body.directionGoalId(), body.decision()),
                goalId);
    }

    @PostMapping("/{goalId}/withdraw")
    @Operation(summary = "Upphäva effektmålet")
    public ResponseEntity<CommandResult> withdraw(@PathVariable UUID goalId, @RequestBody WithdrawRequest body,
                                                  HttpServletRequest request) {
        return commands.change(request, body, new WithdrawEffectGoal(goalId, body.reason(), body.decision()), goalId);
    }

    @PostMapping("/{goalId}/indicators")
    @Operation(summary = "Koppla en indikator med målvärde för en period till effektmålet (R-14)")
    public ResponseEntity<CommandResult> attach(@PathVariable UUID goalId, @RequestBody AttachIndicatorRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new AttachIndicatorToEffectGoal(goalId, body.indicatorId(), body.target(),
                body.decision()), goalId);
    }

    @PostMapping("/{goalId}/indicators/{indicatorId}/detach")
    @Operation(summary = "Koppla bort en indikator från effektmålet")
    public ResponseEntity<CommandResult> detach(@PathVariable UUID goalId, @PathVariable UUID indicatorId,
                                                @RequestBody DecisionRequest body, HttpServletRequest request) {
        return commands.change(request, body, new DetachIndicatorFromEffectGoal(goalId, indicatorId, body.decision()), goalId);
    }

    @PostMapping("/{goalId}/change-theory")
    @Operation(summary = "Beskriv effektmålets förändringsteori: aktivitet → utfall → resultat → effekt")
    public ResponseEntity<CommandResult> changeTheory(@PathVariable UUID goalId, @RequestBody ChangeTheoryRequest body,
                                                      HttpServletRequest request) {
        return commands.change(request, body, new DefineChangeTheory(goalId, body.steps(), body.decision()), goalId);
    }
}
