package se.styrledger.command.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.followup.FollowUpCommands.RecordAssessment;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.followup.AttainmentLevel;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/assessments", consumes = "application/json", produces = "application/json")
@Tag(name = "Uppföljning: måluppfyllelse (kommando)", description = "Bedöm ett mål i en öppen rapport: nivå, analys"
        + " och vem som bedömde (R-22).")
public class AssessmentCommandController {

    private final CommandExecutor commands;

    public AssessmentCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record RecordAssessmentRequest(
            @Parameter(description = "Valfritt id; ett nytt skapas om det saknas") UUID assessmentId,
            UUID reportId, UUID goalId, AttainmentLevel level, String analysis, String assessedBy) {
    }

    @PostMapping
    @Operation(summary = "Registrera en bedömning av måluppfyllelse för ett effektmål eller inriktningsmål i en rapport")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> record(@RequestBody RecordAssessmentRequest body, HttpServletRequest request) {
        UUID assessmentId = body.assessmentId() != null ? body.assessmentId() : UUID.randomUUID();
        return commands.create(request, body, new RecordAssessment(assessmentId, body.reportId(), body.goalId(),
                body.level(), body.analysis(), body.assessedBy()), assessmentId);
    }
}
