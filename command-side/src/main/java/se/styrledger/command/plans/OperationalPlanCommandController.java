package se.styrledger.command.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.plans.OperationalPlan.AdoptOperationalPlan;
import se.styrledger.command.plans.OperationalPlan.ReviseOperationalPlan;
import se.styrledger.command.plans.OperationalPlan.WithdrawOperationalPlan;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/operational-plans", consumes = "application/json", produces = "application/json")
@Tag(name = "Verksamhetsplaner (kommando)", description = "En nämnds eller ett bolags verksamhetsplan för ett år,"
        + " antagen av den egna styrelsen (R-07), med effektmål och ekonomisk ram.")
public class OperationalPlanCommandController {

    private final CommandExecutor commands;

    public OperationalPlanCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptOperationalPlanRequest(UUID planId, UUID unitId, Integer year, String summary,
                                              BigDecimal budgetFrame, List<UUID> effectGoalIds, Decision decision) {
    }

    public record ReviseOperationalPlanRequest(String summary, BigDecimal budgetFrame, List<UUID> effectGoalIds,
                                               Decision decision) {
    }

    public record WithdrawOperationalPlanRequest(String reason, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Anta en verksamhetsplan, t.ex. Tekniska nämndens verksamhetsplan 2024 med ram 412 000 000 kr")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptOperationalPlanRequest body, HttpServletRequest request) {
        UUID id = body.planId() != null ? body.planId() : UUID.randomUUID();
        return commands.create(request, body, new AdoptOperationalPlan(id, body.unitId(), body.year(), body.summary(),
                body.budgetFrame(), body.effectGoalIds(), body.decision()), id);
    }

    @PostMapping("/{planId}/revise")
    @Operation(summary = "Revidera verksamhetsplanen (ny version)")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID planId, @RequestBody ReviseOperationalPlanRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReviseOperationalPlan(planId, body.summary(), body.budgetFrame(),
                body.effectGoalIds(), body.decision()), planId);
    }

    @PostMapping("/{planId}/withdraw")
    @Operation(summary = "Upphäva verksamhetsplanen")
    public ResponseEntity<CommandResult> withdraw(@PathVariable UUID planId,
                                                  @RequestBody WithdrawOperationalPlanRequest body,
                                                  HttpServletRequest request) {
        return commands.change(request, body, new WithdrawOperationalPlan(planId, body.reason(), body.decision()), planId);
    }
}
