package se.styrledger.command.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.activities.Activity.ChangeActivityStatus;
import se.styrledger.command.activities.Activity.PlanActivity;
import se.styrledger.command.activities.Activity.ReviseActivity;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityStatus;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/activities", consumes = "application/json", produces = "application/json")
@Tag(name = "Aktiviteter (kommando)", description = "Konkreta, ansvarsfördelade och tidssatta aktiviteter under ett"
        + " effektmål (R-13), med status planerad, pågår, genomförd eller inställd.")
public class ActivityCommandController {

    private final CommandExecutor commands;

    public ActivityCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record PlanActivityRequest(UUID activityId, UUID effectGoalId, String title, String responsible,
                                      LocalDate dueDate, Boolean imposedByCouncil, Decision decision) {
    }

    public record ReviseActivityRequest(String title, String responsible, LocalDate dueDate, String reason,
                                        @Schema(description = "Beslutet bakom ändringen, av den nämnd som äger"
                                                + " effektmålet; krävs och ska vara kommunfullmäktiges för en aktivitet"
                                                + " som kommunfullmäktige har ålagt (R-02)") Decision decision) {
    }

    public record ChangeStatusRequest(ActivityStatus status, String comment, LocalDate changedOn,
                                      @Schema(description = "Beslutet bakom ändringen, om det finns ett; krävs och"
                                              + " ska vara kommunfullmäktiges för att ställa in en aktivitet som"
                                              + " kommunfullmäktige har ålagt (R-02)") Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Planera en aktivitet, t.ex. \"Inköp av 2-fackssopbilar och matavfallskärl\", ansvarig"
            + " avfallschefen, klar 2024-06-30")
    public ResponseEntity<CommandResult> plan(@RequestBody PlanActivityRequest body, HttpServletRequest request) {
        UUID id = body.activityId() != null ? body.activityId() : UUID.randomUUID();
        return commands.create(request, body, new PlanActivity(id, body.effectGoalId(), body.title(), body.responsible(),
                body.dueDate(), Boolean.TRUE.equals(body.imposedByCouncil()), body.decision()), id);
    }

    @PostMapping("/{activityId}/revise")
    @Operation(summary = "Ändra aktivitetens rubrik, ansvarig eller slutdatum, med skäl")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID activityId, @RequestBody ReviseActivityRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReviseActivity(activityId, body.title(), body.responsible(),
                body.dueDate(), body.reason(), body.decision()), activityId);
    }

    @PostMapping("/{activityId}/status")
    @Operation(summary = "Ändra aktivitetens status (planerad, pågår, genomförd, inställd) med kommentar")
    public ResponseEntity<CommandResult> status(@PathVariable UUID activityId, @RequestBody ChangeStatusRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ChangeActivityStatus(activityId, body.status(), body.comment(),
                body.changedOn(), body.decision()), activityId);
    }
}
