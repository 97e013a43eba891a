package se.styrledger.command.budget;

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
import se.styrledger.command.budget.Budget.AdoptBudget;
import se.styrledger.command.budget.Budget.AmendBudget;
import se.styrledger.command.support.CommandExecutor;
import se.styrledger.command.support.CommandResult;
import se.styrledger.events.Decision;
import se.styrledger.events.economy.BudgetAmendmentKind;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.CompanyFinancialTarget;
import se.styrledger.platform.web.LedgerException;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1/budgets", consumes = "application/json", produces = "application/json")
@Tag(name = "Budget (kommando)", description = "Kommunfullmäktiges budget: ram per nämnd och år, bolagens finansiella"
        + " mål ur ägardirektiven, och varje tilläggsbudget eller omfördelning (R-40).")
public class BudgetCommandController {

    private final CommandExecutor commands;

    public BudgetCommandController(CommandExecutor commands) {
        this.commands = commands;
    }

    public record AdoptBudgetRequest(Integer year, List<BudgetFrame> frames,
                                     List<CompanyFinancialTarget> companyTargets, Decision decision) {
    }

    public record AmendBudgetRequest(BudgetAmendmentKind kind, List<BudgetFrame> changes, String reason,
                                     Decision decision) {
    }

    @PostMapping
    @Operation(summary = "KF antar årets budget, t.ex. socialnämndens ram 2025: 1 250 000 000 kr")
    @ApiResponse(responseCode = "201", description = "Registrerat: id och position i händelseloggen",
            useReturnTypeSchema = true)
    public ResponseEntity<CommandResult> adopt(@RequestBody AdoptBudgetRequest body, HttpServletRequest request) {
        if (body.year() == null) {
            throw LedgerException.invalid("year", "Ange budgetåret (year).");
        }
        UUID id = Budget.idFor(body.year());
        return commands.create(request, body, new AdoptBudget(id, body.year(), body.frames(), body.companyTargets(),
                body.decision()), id);
    }

    @PostMapping("/{budgetId}/amendments")
    @Operation(summary = "KF ändrar budgeten: tilläggsbudget eller omfördelning mellan nämnder")
    public ResponseEntity<CommandResult> amend(@PathVariable UUID budgetId, @RequestBody AmendBudgetRequest body,
                                               HttpServletRequest request) {
        return commands.change(request, body, new AmendBudget(budgetId, UUID.randomUUID(), body.kind(),
                body.changes(), body.reason(), body.decision()), budgetId);
    }
}
