package se.styrledger.command.followup;

import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** What makes one indicator value well formed, for the single command and for a batch of values alike. */
public final class ValueChecks {

    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final int MAX_DECIMALS = 6;
    private static final int MAX_SOURCE = 500;

    private ValueChecks() {
    }

    public static Period requirePeriod(Period period, Clock clock) {
        if (period == null || !period.wellFormed()) {
            throw LedgerException.invalid("period", "Ange en giltig period: kind MONTH (1–12), TERTIAL (1–3) eller"
                    + " YEAR (1), och ett år.");
        }
        LocalDate today = LocalDate.now(clock);
        if (period.start().isAfter(today)) {
            throw LedgerException.invalid("period", "Perioden " + period.start() + "–" + period.end()
                    + " har inte börjat; utfall rapporteras för perioder som har börjat.");
        }
        return period;
    }

    public static void requireFigure(BigDecimal value, GenderSplit split) {
        requireNumber(value, "value", "Värde");
        if (split != null) {
            if (split.women() == null && split.men() == null) {
                throw LedgerException.invalid("genderSplit", "Ange kvinnor, män eller båda, eller utelämna genderSplit.");
            }
            if (split.women() != null) {
                requireNumber(split.women(), "genderSplit.women", "Värdet för kvinnor");
            }
            if (split.men() != null) {
                requireNumber(split.men(), "genderSplit.men", "Värdet för män");
            }
        }
    }

    public static void requireNumber(BigDecimal number, String field, String name) {
        if (number == null) {
            throw LedgerException.invalid(field, name + " saknas.");
        }
        if (number.abs().compareTo(LARGEST) >= 0 || number.scale() > MAX_DECIMALS) {
            throw LedgerException.invalid(field, name + " ska vara mindre än 10^15 och ha högst " + MAX_DECIMALS
                    + " decimaler.");
        }
    }

    public static String requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw LedgerException.invalid("source", "Källa saknas: ange var siffran kommer ifrån, t.ex."
                    + " \"Kolada N00002\" eller \"Medborgarundersökning 2024\".");
        }
        if (source.length() > MAX_SOURCE) {
            throw LedgerException.invalid("source", "Källan får vara högst " + MAX_SOURCE + " tecken.");
        }
        return source.strip();
    }
}
