package se.styrledger.query.economy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.support.ReadAt;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.support.YearParam;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Ekonomi (läsning)", description = "Kommunfullmäktiges budget och varje nämnds ram, utfall, prognos och"
        + " avvikelse per ett datum (R-40, R-41). Öppen för alla.")
public class EconomyQueryController {

    private final EconomyQueries queries;

    public EconomyQueryController(EconomyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/economy")
    @Operation(summary = "Varje nämnds ram, utfall, prognos och avvikelse för ett år, t.ex. per 2025-04-30")
    public List<UnitEconomy> economy(
            @Parameter(description = "Budgetår", example = "2025") @RequestParam(required = false) Integer year,
            @Parameter(description = "Bara denna nämnd") @RequestParam(required = false) UUID unitId,
            @ReadAt ReadTime at) {
        int budgetYear = year != null ? YearParam.checked(year) : at.asOf().getYear();
        return queries.year(budgetYear, unitId, at, queries.unitNames(at));
    }

    @GetMapping("/budgets/{year}")
    @Operation(summary = "Årets budget per ett datum: ramar per nämnd och bolagens finansiella mål, med besluten")
    public BudgetView budget(@PathVariable int year,
                             @ReadAt ReadTime at) {
        BudgetView budget = queries.budget(YearParam.checked(year), at);
        if (budget.frames().isEmpty()) {
            throw LedgerException.notFound("Ingen budget för " + year + " gäller per det datumet.");
        }
        return budget;
    }
}
