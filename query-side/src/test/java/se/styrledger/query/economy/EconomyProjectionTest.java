package se.styrledger.query.economy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.styrledger.events.Decision;
import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.BudgetAmendmentKind;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.FinancialOutcomesRecorded;
import se.styrledger.events.economy.ForecastReported;
import se.styrledger.events.economy.OutcomeSource;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.testing.ProjectionBench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ramar, utfall and prognoser on both time axes, on a real PostgreSQL from events in a real event store. */
class EconomyProjectionTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final EconomyQueries queries = new EconomyQueries(new NamedParameterJdbcTemplate(bench.jdbc()));
    private final UUID council = UUID.randomUUID();
    private final UUID social = UUID.randomUUID();
    private final UUID budget = UUID.randomUUID();
    private final Instant adoptedAt = Instant.parse("2024-06-20T10:00:00Z");

    EconomyProjectionTest() {
        bench.with(new BudgetProjection(bench.models()), new EconomyProjection(bench.writer(), bench.jdbc()));
        bench.record(budget, new BudgetAdopted(budget, 2025, List.of(new BudgetFrame(social,
                new BigDecimal("1000000"))), List.of(), kf("2024-06-17", "2025-01-01")), adoptedAt);
    }

    private Decision kf(String decidedOn, String effectiveFrom) {
        return new Decision(council, LocalDate.parse(decidedOn), "§ 95", "KS 2024/0300",
                effectiveFrom == null ? null : LocalDate.parse(effectiveFrom));
    }

    private UnitEconomy social(String asOf, Instant knownAt) {
        return queries.year(2025, social, new ReadTime(LocalDate.parse(asOf), knownAt), id -> "Socialnämnden").get(0);
    }

    private void outcome(int month, String amount, Instant at) {
        UUID id = UUID.randomUUID();
        bench.record(id, new FinancialOutcomesRecorded(id, OutcomeSource.SIE4, "utfall.se", "ab", List.of(
                new FinancialOutcome(social, new Period(PeriodKind.MONTH, 2025, month), new BigDecimal(amount)))), at);
    }

    @Test
    void aBackdatedTillaggsbudgetChangesTheRamFromItsDateAndOnlyAsKnownFromItsRecording() {
        Instant amendedAt = Instant.parse("2025-05-10T10:00:00Z");
        bench.record(budget, new BudgetAmended(budget, UUID.randomUUID(), BudgetAmendmentKind.SUPPLEMENTARY,
                List.of(new BudgetFrame(social, new BigDecimal("50000"))), "Placeringar",
                kf("2025-05-05", "2025-03-01")), amendedAt);

        assertThat(social("2025-02-28", amendedAt).frame()).isEqualByComparingTo("1000000");
        assertThat(social("2025-03-01", amendedAt).frame()).isEqualByComparingTo("1050000");
        assertThat(social("2025-03-01", amendedAt).amendments()).isEqualTo(1);
        assertThat(social("2025-03-01", amendedAt.minusSeconds(1)).frame()).as("not yet known")
                .isEqualByComparingTo("1000000");
    }

    @Test
    void aLaterUtfallForThePeriodSupersedesTheEarlierOnlyOnTheRecordedAxis() {
        Instant first = Instant.parse("2025-05-05T08:00:00Z");
        Instant second = Instant.parse("2025-05-12T08:00:00Z");
        outcome(3, "250000", Instant.parse("2025-04-04T08:00:00Z"));
        outcome(4, "330000", first);
        outcome(4, "340000.50", second);

        assertThat(social("2025-04-29", second).outcome().periodLabel()).isEqualTo("mars 2025");
        assertThat(social("2025-04-30", first).outcome().amount()).isEqualByComparingTo("330000");
        assertThat(social("2025-04-30", second).outcome().amount()).isEqualByComparingTo("340000.50");
        assertThat(social("2025-04-30", second).deviation()).as("no prognos, and April is not the whole year")
                .isNull();
    }

    @Test
    void theAvvikelseIsTheRamLessThePrognos() {
        UUID forecast = UUID.randomUUID();
        Instant at = Instant.parse("2025-05-06T08:00:00Z");
        bench.record(forecast, new ForecastReported(forecast, social, new Period(PeriodKind.TERTIAL, 2025, 1),
                new BigDecimal("1030000"), "Prognos T1", null), at);

        UnitEconomy economy = social("2025-04-30", at);
        assertThat(economy.deviation()).isEqualByComparingTo("-30000");
        assertThat(economy.deviationBasis()).isEqualTo("PROGNOS");
        assertThat(economy.evidence()).hasSize(2);
        assertThat(social("2025-04-29", at).forecast()).as("the tertial has not ended").isNull();
    }
}
