package se.styrledger.command.accountability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.command.accountability.Accountability.DecideDischarge;
import se.styrledger.command.accountability.Accountability.IssueAuditAssessment;
import se.styrledger.command.accountability.Accountability.IssueAuditReport;
import se.styrledger.command.accountability.AuditStatement.IssueAuditStatement;
import se.styrledger.command.accountability.Presidium.ElectPresidium;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.accountability.AuditRecommendation;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.events.accountability.DischargeOutcome;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.TermOfOffice;
import se.styrledger.platform.web.LedgerException;

import java.util.List;
import java.util.UUID;

/**
 * The ansvarsprövning (docs/ansvarsprovning.md): the revisorer record their own granskningsrapporter, bedömning and
 * revisionsberättelse under the revisor role; the kansli records KF's decisions on ansvarsfrihet and on
 * each nämnd's presidium with a right for KF, like every other KF decision.
 */
@RestController
@RequestMapping(consumes = "application/json", produces = "application/json")
@Tag(name = "Ansvarsprövning (kommando)", description = "Revisorernas granskningsrapporter, bedömning och"
        + " revisionsberättelse (R-50), fullmäktiges beslut om ansvarsfrihet (R-51) och nämndernas presidier (R-52).")
public class AccountabilityCommandController {

    private final CommandExecutor commands;

    public AccountabilityCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AuditReportRequest(UUID unitId, Integer year, String title, String conclusions,
                                     AuditorsDocument document) {
    }

    public record AuditAssessmentRequest(UUID unitId, Integer year, String assessment,
                                         AuditRecommendation recommendation, String remark, String grounds,
                                         AuditorsDocument document) {
    }

    public record AuditStatementRequest(Integer year, String summary, AuditorsDocument document) {
    }

    public record DischargeRequest(UUID unitId, Integer year, DischargeOutcome outcome, String grounds,
                                   Decision decision) {
    }

    public record PresidiumRequest(UUID unitId, TermOfOffice term, List<OfficeHolder> officeHolders,
                                   Decision decision) {
    }

    @PostMapping("/api/v1/accountability/audit-reports")
    @Operation(summary = "Revisorerna registrerar en granskningsrapport om en nämnds år (bara revisorer, R-50)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> auditReport(@RequestBody AuditReportRequest body,
                                                     HttpServletRequest request) {
        UUID id = accountabilityId(body.unitId(), body.year());
        return commands.create(request, body, new IssueAuditReport(id, UUID.randomUUID(), body.unitId(), body.year(),
                body.title(), body.conclusions(), body.document()), id);
    }

    @PostMapping("/api/v1/accountability/audit-assessments")
    @Operation(summary = "Revisorernas bedömning av en nämnds år och uttalande om ansvarsfrihet (bara revisorer,"
            + " R-50)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> auditAssessment(@RequestBody AuditAssessmentRequest body,
                                                         HttpServletRequest request) {
        UUID id = accountabilityId(body.unitId(), body.year());
        return commands.create(request, body, new IssueAuditAssessment(id, body.unitId(), body.year(),
                body.assessment(), body.recommendation(), body.remark(), body.grounds(), body.document()), id);
    }

    @PostMapping("/api/v1/accountability/audit-statements")
    @Operation(summary = "Revisorernas revisionsberättelse för ett år, till fullmäktige (bara revisorer, R-50)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> auditStatement(@RequestBody AuditStatementRequest body,
                                                        HttpServletRequest request) {
        if (body.year() == null) {
            throw LedgerException.invalid("year", "Ange året revisionsberättelsen gäller.");
        }
        UUID id = AuditStatement.idFor(body.year());
        return commands.create(request, body, new IssueAuditStatement(id, body.year(), body.summary(),
                body.document()), id);
    }

    @PostMapping("/api/v1/accountability/discharge-decisions")
    @Operation(summary = "Fullmäktiges beslut om ansvarsfrihet för en nämnd och ett år: beviljas, vägras eller"
            + " beviljas med anmärkning, med skälen (R-51)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> discharge(@RequestBody DischargeRequest body, HttpServletRequest request) {
        UUID id = accountabilityId(body.unitId(), body.year());
        return commands.create(request, body, new DecideDischarge(id, body.unitId(), body.year(), body.outcome(),
                body.grounds(), body.decision()), id);
    }

    @PostMapping("/api/v1/presidia")
    @Operation(summary = "Fullmäktige väljer en nämnds presidium för mandatperioden, eller genom fyllnadsval för"
            + " resten av den (R-52)")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> presidium(@RequestBody PresidiumRequest body, HttpServletRequest request) {
        UUID id = UUID.randomUUID();
        return commands.create(request, body, new ElectPresidium(id, body.unitId(), body.term(), body.officeHolders(),
                body.decision()), id);
    }

    private static UUID accountabilityId(UUID unitId, Integer year) {
        if (unitId == null || year == null) {
            throw LedgerException.invalid(unitId == null ? "unitId" : "year", "Ange nämnden och året.");
        }
        return Accountability.idFor(unitId, year);
    }
}
