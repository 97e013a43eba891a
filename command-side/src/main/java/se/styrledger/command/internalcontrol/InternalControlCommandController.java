package se.styrledger.command.internalcontrol;

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
import se.styrledger.command.internalcontrol.InternalControlPlan.AdoptInternalControlPlan;
import se.styrledger.command.internalcontrol.InternalControlPlan.RecordControlPerformed;
import se.styrledger.command.internalcontrol.InternalControlPlan.RecordRemedy;
import se.styrledger.command.internalcontrol.InternalControlPlan.ReportInternalControlToExecutiveBoard;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.internalcontrol.Control;
import se.styrledger.events.internalcontrol.Deviation;
import se.styrledger.events.internalcontrol.Remedy;
import se.styrledger.events.internalcontrol.Risk;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/internal-control-plans", consumes = "application/json", produces = "application/json")
@Tag(name = "Intern kontroll (kommando)", description = "Nämndens internkontrollplan med riskanalys (R-42),"
        + " kontrollmoment (R-43), resultat, avvikelser med åtgärder och uppföljningen till KS (R-44).")
public class InternalControlCommandController {

    private final CommandExecutor commands;

    public InternalControlCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptPlanRequest(UUID unitId, Integer year, List<Risk> risks, List<Control> controls,
                                   Decision decision) {
    }

    /** @param deviationId optional; a new one is made when missing */
    public record DeviationRequest(UUID deviationId, String description) {
    }

    public record ControlResultRequest(LocalDate performedOn, String result, DeviationRequest deviation) {
    }

    public record RemedyRequest(Remedy remedy, String noRemedyReason, LocalDate decidedOn) {
    }

    public record ReportRequest(String summary, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Nämnden antar sin internkontrollplan för året, med risker (sannolikhet och konsekvens 1–4)"
            + " och kontrollmoment")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptPlanRequest body, HttpServletRequest request) {
        if (body.unitId() == null || body.year() == null) {
            throw LedgerException.invalid(body.unitId() == null ? "unitId" : "year", "Ange nämnden och året.");
        }
        UUID id = InternalControlPlan.idFor(body.unitId(), body.year());
        return commands.create(request, body, new AdoptInternalControlPlan(id, body.unitId(), body.year(),
                body.risks(), body.controls(), body.decision()), id);
    }

    @PostMapping("/{planId}/controls/{controlId}/results")
    @Operation(summary = "Registrera att ett kontrollmoment utförts, och avvikelsen det fann")
    public ResponseEntity<CommandResult> performed(@PathVariable UUID planId, @PathVariable UUID controlId,
                                                   @RequestBody ControlResultRequest body,
                                                   HttpServletRequest request) {
        return commands.change(request, body, new RecordControlPerformed(planId, controlId, body.performedOn(),
                body.result(), deviation(body.deviation())), planId);
    }

    private static Deviation deviation(DeviationRequest found) {
        if (found == null) {
            return null;
        }
        return new Deviation(found.deviationId() != null ? found.deviationId() : UUID.randomUUID(),
                found.description());
    }

    @PostMapping("/{planId}/deviations/{deviationId}/remedy")
    @Operation(summary = "Åtgärd för en avvikelse, eller skälet till att ingen åtgärd vidtas (R-44)")
    public ResponseEntity<CommandResult> remedy(@PathVariable UUID planId, @PathVariable UUID deviationId,
                                                @RequestBody RemedyRequest body, HttpServletRequest request) {
        return commands.change(request, body, new RecordRemedy(planId, deviationId, body.remedy(),
                body.noRemedyReason(), body.decidedOn()), planId);
    }

    @PostMapping("/{planId}/report-to-executive-board")
    @Operation(summary = "Nämndens uppföljning av den interna kontrollen, rapporterad till kommunstyrelsen (R-44)")
    public ResponseEntity<CommandResult> report(@PathVariable UUID planId, @RequestBody ReportRequest body,
                                                HttpServletRequest request) {
        return commands.change(request, body, new ReportInternalControlToExecutiveBoard(planId, body.summary(),
                body.decision()), planId);
    }
}
