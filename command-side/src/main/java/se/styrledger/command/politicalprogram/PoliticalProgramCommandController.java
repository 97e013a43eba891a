package se.styrledger.command.politicalprogram;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.politicalprogram.PoliticalProgram.RecordPoliticalProgram;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.governingdocument.PublishedText;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/political-programs", consumes = "application/json", produces = "application/json")
@Tag(name = "Politiska program (kommando)", description = "Registrera ett politiskt program som referens. Det uttrycker"
        + " ett eller flera partiers vilja och är inget beslut av kommunen (R-08): utan beslutsinstans, paragraf och"
        + " diarienummer.")
public class PoliticalProgramCommandController {

    private final CommandExecutor commands;

    public PoliticalProgramCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record RecordProgramRequest(
            @Schema(description = "Valfritt id; ett nytt skapas om det saknas") UUID programId,
            @Schema(example = "Program för Trelleborg 2023–2026") String title,
            @Schema(description = "Partiet eller partierna bakom programmet", example = "Moderaterna, Sverigedemokraterna")
            String parties,
            @Schema(description = "Dagen då programmet presenterades", example = "2022-10-20") LocalDate presentedOn,
            @Schema(description = "Länk till och/eller SHA-256-summa för den publicerade texten")
            PublishedText publishedText) {
    }

    @PostMapping
    @Operation(summary = "Registrera ett politiskt program som referens (inget kommunbeslut)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> record(@RequestBody RecordProgramRequest body, HttpServletRequest request) {
        UUID programId = body.programId() != null ? body.programId() : UUID.randomUUID();
        return commands.create(request, body, new RecordPoliticalProgram(programId, body.title(), body.parties(),
                body.presentedOn(), body.publishedText()), programId);
    }
}
