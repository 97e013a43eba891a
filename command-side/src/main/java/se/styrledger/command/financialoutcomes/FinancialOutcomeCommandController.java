package se.styrledger.command.financialoutcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.financialoutcomes.FinancialOutcomeImport.RecordFinancialOutcomes;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.OutcomeSource;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/financial-outcomes", produces = "application/json")
@Tag(name = "Utfall (kommando)", description = "Nämndernas ackumulerade utfall per period: ur ekonomisystemets SIE 4-"
        + " eller CSV-fil (hela filen eller inget), eller registrerat för hand.")
public class FinancialOutcomeCommandController {

    private final CommandExecutor commands;
    private final OutcomeFiles files;

    public FinancialOutcomeCommandController(CommandExecutor commands, OutcomeFiles files) {
        this.commands = commands;
        this.files = files;
    }

    public record RecordOutcomesRequest(List<FinancialOutcome> outcomes) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Registrera utfall för hand, t.ex. socialnämnden per april 2025: 402 000 000 kr")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> record(@RequestBody RecordOutcomesRequest body, HttpServletRequest request) {
        UUID id = UUID.randomUUID();
        return commands.create(request, body, new RecordFinancialOutcomes(id, OutcomeSource.MANUAL, null, null,
                body.outcomes()), id);
    }

    @PostMapping(path = "/sie", consumes = "application/octet-stream")
    @Operation(summary = "Läs in en SIE 4-fil (PC8) ur ekonomisystemet; konton och objekt mappas till nämnder"
            + " enligt styrledger.economy.sie.units")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> sie(@RequestBody byte[] file,
                                             @RequestParam(required = false) String fileName,
                                             HttpServletRequest request) {
        return upload(OutcomeSource.SIE4, file, fileName, request);
    }

    @PostMapping(path = "/csv", consumes = "text/csv")
    @Operation(summary = "Läs in utfall ur en CSV-fil: enhet;period;belopp")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> csv(@RequestBody byte[] file,
                                             @RequestParam(required = false) String fileName,
                                             HttpServletRequest request) {
        return upload(OutcomeSource.CSV, file, fileName, request);
    }

    private ResponseEntity<CommandResult> upload(OutcomeSource format, byte[] file, String fileName,
                                                 HttpServletRequest request) {
        RecordFinancialOutcomes command = files.read(format, fileName, file);
        return commands.create(request, new UploadFingerprint(format, command.sha256()), command, command.importId());
    }

    /** What makes a retried upload the same request: the format and the file's bytes. */
    private record UploadFingerprint(OutcomeSource format, String sha256) {
    }
}
