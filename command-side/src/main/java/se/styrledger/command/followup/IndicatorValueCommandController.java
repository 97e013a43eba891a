package se.styrledger.command.followup;

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
import se.styrledger.command.followup.FollowUpCommands.CorrectIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.ReportIndicatorValue;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/indicator-values", consumes = "application/json", produces = "application/json")
@Tag(name = "Uppföljning: utfall (kommando)", description = "Rapportera indikatorvärden per period och rätta dem"
        + " med en korrigering som anger skälet (R-23).")
public class IndicatorValueCommandController {

    private final CommandExecutor commands;

    public IndicatorValueCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record ReportValueRequest(
            @Parameter(description = "Valfritt id; ett nytt skapas om det saknas") UUID valueId,
            UUID indicatorId, UUID unitId, Period period, BigDecimal value, GenderSplit genderSplit, String source) {
    }

    public record CorrectValueRequest(
            @Parameter(description = "Valfritt id för det nya värdet") UUID valueId,
            BigDecimal value, GenderSplit genderSplit, String source, String reason) {
    }

    @PostMapping
    @Operation(summary = "Rapportera ett utfall för en indikator, en enhet och en period (månad, tertial eller år)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> report(@RequestBody ReportValueRequest body, HttpServletRequest request) {
        UUID valueId = body.valueId() != null ? body.valueId() : UUID.randomUUID();
        return commands.create(request, body, new ReportIndicatorValue(valueId, body.indicatorId(), body.unitId(),
                body.period(), body.value(), body.genderSplit(), body.source()), valueId);
    }

    @PostMapping("/{valueId}/corrections")
    @Operation(summary = "Korrigera ett utfall: ett nytt värde som ersätter det angivna, med skäl (R-23)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> correct(@PathVariable UUID valueId, @RequestBody CorrectValueRequest body,
                                                 HttpServletRequest request) {
        UUID newValueId = body.valueId() != null ? body.valueId() : UUID.randomUUID();
        return commands.create(request, body, new CorrectIndicatorValue(newValueId, valueId, body.value(),
                body.genderSplit(), body.source(), body.reason()), newValueId);
    }
}
