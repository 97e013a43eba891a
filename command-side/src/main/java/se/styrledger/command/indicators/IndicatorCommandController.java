package se.styrledger.command.indicators;

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
import se.styrledger.command.indicators.Indicator.DefineIndicator;
import se.styrledger.command.indicators.Indicator.ReviseIndicator;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;

import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/indicators", consumes = "application/json", produces = "application/json")
@Tag(name = "Indikatorer (kommando)", description = "Indikatorer och nyckeltal: namn, måttenhet, riktning och källa"
        + " (egen mätning, Kolada eller medborgarundersökning).")
public class IndicatorCommandController {

    private final CommandExecutor commands;

    public IndicatorCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record DefineIndicatorRequest(UUID indicatorId, String name, String unitOfMeasure,
                                         IndicatorDirection direction, IndicatorSource source, String koladaKpiId) {
    }

    public record ReviseIndicatorRequest(String name, String unitOfMeasure, IndicatorDirection direction,
                                         IndicatorSource source, String koladaKpiId) {
    }

    @PostMapping
    @Operation(summary = "Definiera en indikator, t.ex. \"Andel hushållsavfall som samlats in för materialåtervinning\""
            + " (procent, högre är bättre, Kolada N85511)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> define(@RequestBody DefineIndicatorRequest body, HttpServletRequest request) {
        UUID id = body.indicatorId() != null ? body.indicatorId() : UUID.randomUUID();
        return commands.create(request, body, new DefineIndicator(id, body.name(), body.unitOfMeasure(), body.direction(),
                body.source(), body.koladaKpiId()), id);
    }

    @PostMapping("/{indicatorId}/revise")
    @Operation(summary = "Revidera indikatorns beskrivning")
    public ResponseEntity<CommandResult> revise(@PathVariable UUID indicatorId, @RequestBody ReviseIndicatorRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReviseIndicator(indicatorId, body.name(), body.unitOfMeasure(),
                body.direction(), body.source(), body.koladaKpiId()), indicatorId);
    }
}
