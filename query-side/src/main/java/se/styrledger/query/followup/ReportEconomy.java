package se.styrledger.query.followup;

import se.styrledger.query.economy.UnitEconomy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ekonomi part of a report in CSV, and what the report template (reports/followup.jte) needs for it: each nämnd's ram, utfall, prognos and avvikelse as frozen
 * with the report. A report frozen before the ledger kept ekonomi has none and shows nothing here.
 */
public final class ReportEconomy {

    private ReportEconomy() {
    }

    static void csv(Csv csv, ReportDocument d) {
        if (d.economy() == null) {
            return;
        }
        for (UnitEconomy e : d.economy()) {
            row(csv, d, e, "Ram", e.frame(), null, null, null);
            if (e.outcome() != null) {
                row(csv, d, e, "Utfall (ackumulerat)", e.outcome().amount(), e.outcome().periodLabel(),
                        e.outcome().source(), e.outcome());
            }
            if (e.forecast() != null) {
                row(csv, d, e, "Prognos helår", e.forecast().amount(), e.forecast().periodLabel(),
                        e.forecast().source(), e.forecast());
            }
            if (e.deviation() != null) {
                row(csv, d, e, "Avvikelse mot " + e.deviationBasis().toLowerCase(Labels.SWEDISH), e.deviation(),
                        null, null, null);
            }
        }
    }

    private static void row(Csv csv, ReportDocument d, UnitEconomy e, String what, BigDecimal amount, String period,
                            String source, UnitEconomy.Figure figure) {
        csv.row(d.title(), d.cutOff(), d.statusLabel(), e.unitName(), null, null, null, null, null, null, null,
                "Ekonomi", what, "kr", null, null, period, amount, null, null, source, null, null, null, null, null,
                null, what.startsWith("Prognos") ? e.remedy() : null, figure == null ? null : figure.eventId(),
                figure == null ? null : figure.position());
    }

    public static BigDecimal amount(UnitEconomy.Figure figure) {
        return figure == null ? null : figure.amount();
    }

    public static String source(UnitEconomy e) {
        StringBuilder text = new StringBuilder();
        if (e.outcome() != null) {
            text.append("utfall ").append(e.outcome().periodLabel()).append(" (position ")
                    .append(e.outcome().position()).append(")");
        }
        if (e.forecast() != null) {
            text.append(text.isEmpty() ? "" : " · ").append("prognos ").append(e.forecast().periodLabel())
                    .append(" (position ").append(e.forecast().position()).append(")");
        }
        return text.toString();
    }
}
