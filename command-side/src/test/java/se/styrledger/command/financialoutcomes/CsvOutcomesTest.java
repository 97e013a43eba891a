package se.styrledger.command.financialoutcomes;

import org.junit.jupiter.api.Test;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.platform.web.LedgerException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvOutcomesTest {

    private final Kommun kommun = new Kommun();

    private List<FinancialOutcome> read(String text) {
        return CsvOutcomes.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), kommun.units);
    }

    @Test
    void monthsTertialsAndYearsWithDecimalCommas() {
        assertThat(read("\uFEFFenhet;period;belopp\n%1$s;2025-04;402 000 000,50\n%1$s;2025-T1;402000000\n%1$s;2025;1,5\n"
                .formatted(kommun.socialCommittee))).containsExactly(
                new FinancialOutcome(kommun.socialCommittee, new Period(PeriodKind.MONTH, 2025, 4),
                        new BigDecimal("402000000.50")),
                new FinancialOutcome(kommun.socialCommittee, new Period(PeriodKind.TERTIAL, 2025, 1),
                        new BigDecimal("402000000")),
                new FinancialOutcome(kommun.socialCommittee, new Period(PeriodKind.YEAR, 2025, 1),
                        new BigDecimal("1.5")));
    }

    @Test
    void aBadPeriodRefusesTheWholeFileNamingItsLine() {
        assertThatThrownBy(() -> read("enhet;period;belopp\n%1$s;2025-04;1\n%1$s;2025-13;1\n"
                .formatted(kommun.socialCommittee))).isInstanceOf(LedgerException.class)
                .hasMessageContaining("Rad 3:").hasMessageContaining("2025-13");
    }

    @Test
    void anUnknownUnitRefusesTheFile() {
        assertThatThrownBy(() -> read("enhet;period;belopp\n%s;2025-04;1\n".formatted(java.util.UUID.randomUUID())))
                .isInstanceOf(LedgerException.class).hasMessageContaining("Rad 2:");
    }
}
