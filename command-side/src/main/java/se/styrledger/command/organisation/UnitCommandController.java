package se.styrledger.command.organisation;

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
import se.styrledger.command.organisation.UnitCommands.DissolveUnit;
import se.styrledger.command.organisation.UnitCommands.EstablishUnit;
import se.styrledger.command.organisation.UnitCommands.MoveUnit;
import se.styrledger.command.organisation.UnitCommands.RenameUnit;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitKind;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/units", consumes = "application/json", produces = "application/json")
@Tag(name = "Organisation (kommando)", description = "Inrätta, byt namn på, flytta och avveckla organisatoriska enheter"
        + " — kommunfullmäktige, kommunstyrelsen, nämnder, bolag, förvaltningar och enheter — genom beslut.")
public class UnitCommandController {

    private final CommandExecutor commands;

    public UnitCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record EstablishUnitRequest(
            @Parameter(description = "Valfritt id; ett nytt skapas om det saknas") UUID unitId,
            String name, UnitKind kind, UUID parentId, Decision decision) {
    }

    public record RenameUnitRequest(String name, Decision decision) {
    }

    public record MoveUnitRequest(UUID parentId, Decision decision) {
    }

    public record DissolveUnitRequest(Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Inrätta en enhet (t.ex. socialnämnden under kommunfullmäktige)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> establish(@RequestBody EstablishUnitRequest body, HttpServletRequest request) {
        UUID unitId = body.unitId() != null ? body.unitId() : UUID.randomUUID();
        return commands.create(request, body,
                new EstablishUnit(unitId, body.name(), body.kind(), body.parentId(), body.decision()), unitId);
    }

    @PostMapping("/{unitId}/rename")
    @Operation(summary = "Byt namn på en enhet")
    public ResponseEntity<CommandResult> rename(@PathVariable UUID unitId, @RequestBody RenameUnitRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new RenameUnit(unitId, body.name(), body.decision()), unitId);
    }

    @PostMapping("/{unitId}/move")
    @Operation(summary = "Flytta en enhet under en annan överordnad enhet")
    public ResponseEntity<CommandResult> move(@PathVariable UUID unitId, @RequestBody MoveUnitRequest body,
                                              HttpServletRequest request) {
        return commands.change(request, body, new MoveUnit(unitId, body.parentId(), body.decision()), unitId);
    }

    @PostMapping("/{unitId}/dissolve")
    @Operation(summary = "Avveckla en enhet; dess historik finns kvar")
    public ResponseEntity<CommandResult> dissolve(@PathVariable UUID unitId, @RequestBody DissolveUnitRequest body,
                                                  HttpServletRequest request) {
        return commands.change(request, body, new DissolveUnit(unitId, body.decision()), unitId);
    }
}
