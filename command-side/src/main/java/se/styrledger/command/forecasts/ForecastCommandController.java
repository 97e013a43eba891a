package se.styrledger.command.forecasts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.forecasts.Forecast.ReportForecast;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/forecasts", consumes = "application/json", produces = "application/json")
@Tag(name = "Prognoser (kommando)", description = "En nämnds helårsprognos vid en period, med rapporterade åtgärder.")
public class ForecastCommandController {

    private final CommandExecutor commands;

    public ForecastCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record ReportForecastRequest(UUID unitId, Period period, BigDecimal fullYear, String source,
                                        String remedy) {
    }

    @PostMapping
    @Operation(summary = "Rapportera en helårsprognos, t.ex. per tertial 1 2025: 1 290 000 000 kr")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> report(@RequestBody ReportForecastRequest body, HttpServletRequest request) {
        UUID id = UUID.randomUUID();
        return commands.create(request, body, new ReportForecast(id, body.unitId(), body.period(), body.fullYear(),
                body.source(), body.remedy()), id);
    }
}
