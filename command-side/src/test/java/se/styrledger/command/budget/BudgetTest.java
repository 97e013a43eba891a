package se.styrledger.command.budget;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.budget.Budget.AdoptBudget;
import se.styrledger.command.budget.Budget.AmendBudget;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.BudgetAmendmentKind;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.CompanyFinancialTarget;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class BudgetTest {

    private static final BigDecimal SOCIAL = new BigDecimal("1250000000");
    private static final BigDecimal TECHNICAL = new BigDecimal("412000000");

    private Kommun kommun;
    private AggregateTestFixture<Budget> fixture;
    private final UUID budgetId = Budget.idFor(2025);
    private final UUID amendmentId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        fixture = new AggregateTestFixture<>(Budget.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    private List<BudgetFrame> frames() {
        return List.of(new BudgetFrame(kommun.socialCommittee, SOCIAL),
                new BudgetFrame(kommun.technicalCommittee, TECHNICAL));
    }

    private BudgetAdopted adopted() {
        return new BudgetAdopted(budgetId, 2025, frames(), List.of(), kommun.byCouncil("2024-06-17"));
    }

    @Test
    void theCouncilAdoptsNextYearsBudgetWithTheCompanysFinancialTargets() {
        List<CompanyFinancialTarget> targets = List.of(new CompanyFinancialTarget(kommun.housingCompany,
                "Soliditet minst 15 %", null));
        fixture.givenNoPriorActivity()
                .when(new AdoptBudget(budgetId, 2025, frames(), targets, kommun.byCouncil("2024-06-17")))
                .expectEvents(new BudgetAdopted(budgetId, 2025, frames(), targets, kommun.byCouncil("2024-06-17")));
    }

    @Test
    void aBudgetAdoptedByTheExecutiveBoardIsRefusedUnderR40() {
        fixture.givenNoPriorActivity()
                .when(new AdoptBudget(budgetId, 2025, frames(), List.of(),
                        kommun.by(kommun.executiveBoard, "2024-06-17")))
                .expectNoEvents()
                .expectException(violates("R-40"));
    }

    @Test
    void aSupplementaryBudgetDecidedByTheCouncilRaisesOneFrame() {
        List<BudgetFrame> more = List.of(new BudgetFrame(kommun.socialCommittee, new BigDecimal("15000000")));
        fixture.given(adopted())
                .when(new AmendBudget(budgetId, amendmentId, BudgetAmendmentKind.SUPPLEMENTARY, more,
                        "Ökade placeringskostnader", kommun.byCouncil("2025-04-28")))
                .expectEvents(new BudgetAmended(budgetId, amendmentId, BudgetAmendmentKind.SUPPLEMENTARY, more,
                        "Ökade placeringskostnader", kommun.byCouncil("2025-04-28")));
    }

    @Test
    void anAmendmentDecidedByACommitteeIsRefusedUnderR40() {
        fixture.given(adopted())
                .when(new AmendBudget(budgetId, amendmentId, BudgetAmendmentKind.SUPPLEMENTARY,
                        List.of(new BudgetFrame(kommun.socialCommittee, BigDecimal.TEN)), "Mer",
                        kommun.by(kommun.socialCommittee, "2025-04-28")))
                .expectNoEvents()
                .expectException(violates("R-40"));
    }

    @Test
    void aReallocationThatDoesNotAddUpToZeroIsRefused() {
        fixture.given(adopted())
                .when(new AmendBudget(budgetId, amendmentId, BudgetAmendmentKind.REALLOCATION,
                        List.of(new BudgetFrame(kommun.socialCommittee, new BigDecimal("1000")),
                                new BudgetFrame(kommun.technicalCommittee, new BigDecimal("-999"))),
                        "Omfördelning", kommun.byCouncil("2025-04-28")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aFrameForAnAdministrationIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptBudget(budgetId, 2025, List.of(new BudgetFrame(kommun.technicalAdministration,
                        TECHNICAL)), List.of(), kommun.byCouncil("2024-06-17")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aReallocationMayNotLeaveANegativeFrame() {
        fixture.given(adopted())
                .when(new AmendBudget(budgetId, amendmentId, BudgetAmendmentKind.REALLOCATION,
                        List.of(new BudgetFrame(kommun.socialCommittee, SOCIAL.add(BigDecimal.ONE)),
                                new BudgetFrame(kommun.technicalCommittee, TECHNICAL.add(BigDecimal.ONE).negate())),
                        "Omfördelning", kommun.byCouncil("2025-04-28")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }
}
