package se.styrledger.command.financialoutcomes;

import org.junit.jupiter.api.Test;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.platform.web.LedgerException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SIE 4 files written here in PC8 (CP437), as an ekonomisystem exports them, with åäö in names and objects. */
class SieFileTest {

    private static final Charset PC8 = Charset.forName("IBM437");

    private final UUID social = UUID.randomUUID();
    private final UUID technical = UUID.randomUUID();
    private final OutcomeMapping mapping = new OutcomeMapping();

    SieFileTest() {
        mapping.setUnits(List.of(
                new OutcomeMapping.UnitRule(social, List.of("1:110", "1:ÄLDRE"), List.of()),
                new OutcomeMapping.UnitRule(technical, List.of("1:300"), List.of("7000-7099"))));
    }

    private static final String HEAD = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #PROGRAM "Ekonomisystemet" 1.0
            #FNAMN "Trelleborgs kommun – Socialförvaltningen"
            #RAR 0 20250101 20251231
            #KONTO 1930 "Bank"
            #KONTO 3010 "Avgifter äldreomsorg"
            #KONTO 4010 "Inköp förbrukningsmaterial"
            #KONTO 5010 "Löner månadsavlönade"
            #KONTO 7010 "Gemensamma kostnader"
            #DIM 1 "Ansvar"
            #OBJEKT 1 "110" "Socialnämnden"
            #OBJEKT 1 "ÄLDRE" "Äldreomsorg Östra"
            #OBJEKT 1 "300" "Tekniska nämnden"
            """;

    private List<FinancialOutcome> read(String body) {
        return SieFile.read(new ByteArrayInputStream((HEAD + body).getBytes(PC8)), mapping);
    }

    private static FinancialOutcome month(UUID unit, int month, String amount) {
        return new FinancialOutcome(unit, new Period(PeriodKind.MONTH, 2025, month), new BigDecimal(amount));
    }

    @Test
    void verificationsGiveEachNamndsAccumulatedNetCostPerMonthReadInPc8() {
        List<FinancialOutcome> outcomes = read("""
                #VER A 1 20250115 "Löner januari"
                {
                #TRANS 5010 {1 "110"} 1000.00
                #TRANS 5010 {1 "ÄLDRE"} 500.50
                #TRANS 1930 {} -1500.50
                }
                #VER A 2 20250220 "Avgifter och gemensamt"
                {
                #TRANS 3010 {1 "ÄLDRE"} -200.00 20250220 "Avgift äldreomsorg"
                #TRANS 7010 {} 300.00
                #TRANS 1930 {} -100.00
                }
                """);
        assertThat(outcomes).containsExactlyInAnyOrder(
                month(social, 1, "1500.50"), month(social, 2, "1300.50"),
                month(technical, 1, "0.00"), month(technical, 2, "300.00"));
    }

    @Test
    void periodBalancesSkipTheAccountTotalsTheirObjectLinesCover() {
        List<FinancialOutcome> outcomes = read("""
                #PSALDO 0 202501 5010 {} 1500.00
                #PSALDO 0 202501 5010 {1 "110"} 1000.00
                #PSALDO 0 202501 5010 {1 "ÄLDRE"} 500.00
                #PSALDO 0 202502 7010 {} 250.00
                #PSALDO 0 202502 1930 {} -99999.00
                """);
        assertThat(outcomes).containsExactlyInAnyOrder(
                month(social, 1, "1500.00"), month(social, 2, "1500.00"),
                month(technical, 1, "0.00"), month(technical, 2, "250.00"));
    }

    @Test
    void theYearsResultPerAccountGivesTheYearWhenTheFileHasNothingFiner() {
        mapping.setUnits(List.of(new OutcomeMapping.UnitRule(technical, List.of(), List.of("3000-8999"))));
        assertThat(read("""
                #RES 0 3010 -100.00
                #RES 0 7010 400.25
                #RES -1 7010 999.00
                """)).containsExactly(new FinancialOutcome(technical, new Period(PeriodKind.YEAR, 2025, 1),
                new BigDecimal("300.25")));
    }

    @Test
    void aBadAmountRefusesTheWholeFileNamingItsLine() {
        assertThatThrownBy(() -> read("""
                #VER A 1 20250115 "Löner"
                {
                #TRANS 5010 {1 "110"} 1000,00
                #TRANS 1930 {} -1000.00
                }
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("Rad 18:")
                .hasMessageContaining("1000,00").hasMessageContaining("Inget ur filen registrerades");
    }

    @Test
    void anAccountWithoutKontoIsUnknownAndRefusesTheFile() {
        assertThatThrownBy(() -> read("""
                #PSALDO 0 202501 5460 {1 "110"} 10.00
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("Rad 16:")
                .hasMessageContaining("okänt konto 5460");
    }

    @Test
    void aLineNoNamndIsMappedToRefusesTheFile() {
        assertThatThrownBy(() -> read("""
                #VER A 1 20250115 "Löner"
                {
                #TRANS 5010 {} 1000.00
                #TRANS 1930 {} -1000.00
                }
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("Rad 18:")
                .hasMessageContaining("hör inte till någon nämnd");
    }

    @Test
    void anUndeclaredObjectRefusesTheFile() {
        assertThatThrownBy(() -> read("""
                #PSALDO 0 202501 5010 {1 "999"} 10.00
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("okänt objekt 1:999");
    }

    @Test
    void anUnbalancedVerificationRefusesTheFile() {
        assertThatThrownBy(() -> read("""
                #VER A 7 20250115 "Löner"
                {
                #TRANS 5010 {1 "110"} 1000.00
                #TRANS 1930 {} -999.00
                }
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("Rad 20:")
                .hasMessageContaining("A 7 är inte i balans");
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() {
        assertThatThrownBy(() -> read("""
                #VER A 1 20250115 "Löner
                """)).isInstanceOf(LedgerException.class).hasMessageContaining("Rad 16:");
    }
}
