package se.styrledger.command.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.followup.FollowUpCommands.AdoptFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.CloseFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.OpenFollowUpReport;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.followup.FollowUpReportKind;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/follow-up-reports", produces = "application/json")
@Tag(name = "Uppföljning: rapporter (kommando)", description = "Öppna och stäng delårsrapporter och"
        + " årsredovisning (R-20); kommunfullmäktige godkänner årsredovisningen och behandlar delårsrapporterna."
        + " En stängd rapport ändras aldrig (R-21).")
public class FollowUpReportCommandController {

    private final CommandExecutor commands;

    public FollowUpReportCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record OpenReportRequest(
            @Parameter(description = "Valfritt id; ett nytt skapas om det saknas") UUID reportId,
            int year, FollowUpReportKind kind) {
    }

    public record AdoptReportRequest(Decision decision) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Öppna årets delårsrapport 1, delårsrapport 2 eller årsredovisning; brytdatum enligt inställningen")
    public ResponseEntity<CommandResult> open(@RequestBody OpenReportRequest body, HttpServletRequest request) {
        UUID reportId = body.reportId() != null ? body.reportId() : UUID.randomUUID();
        return commands.create(request, body, new OpenFollowUpReport(reportId, body.year(), body.kind()), reportId);
    }

    @PostMapping("/{reportId}/close")
    @Operation(summary = "Stäng rapporten efter brytdatum; innehållet fryses så som liggaren då kände det (R-21)")
    public ResponseEntity<CommandResult> close(@PathVariable UUID reportId, HttpServletRequest request) {
        return commands.change(request, Map.of("close", reportId), new CloseFollowUpReport(reportId), reportId);
    }

    @PostMapping(path = "/{reportId}/adopt", consumes = "application/json")
    @Operation(summary = "Kommunfullmäktiges beslut om den stängda rapporten: godkänner årsredovisningen, behandlar"
            + " delårsrapporten")
    public ResponseEntity<CommandResult> adopt(@PathVariable UUID reportId, @RequestBody AdoptReportRequest body,
                                               HttpServletRequest request) {
        return commands.change(request, body, new AdoptFollowUpReport(reportId, body.decision()), reportId);
    }
}
