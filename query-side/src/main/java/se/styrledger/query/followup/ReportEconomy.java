package se.styrledger.query.followup;

import se.styrledger.query.economy.UnitEconomy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ekonomi part of a report in HTML and CSV: each nämnd's ram, utfall, prognos and avvikelse as frozen
 * with the report. A report frozen before the ledger kept ekonomi has none and shows nothing here.
 */
final class ReportEconomy {

    private ReportEconomy() {
    }

    static void html(Html h, ReportDocument d) {
        List<UnitEconomy> economy = d.economy();
        if (economy == null || economy.isEmpty()) {
            return;
        }
        h.raw("<section>").el("h2", "Ekonomi per nämnd " + d.year())
                .raw("<table><caption>Ram, utfall och prognos i kronor per brytdatum " + d.cutOff()
                        + "; avvikelse = ram − prognos (överskott positivt)</caption><thead><tr>"
                        + "<th scope=\"col\">Nämnd</th><th scope=\"col\">Ram</th><th scope=\"col\">Utfall</th>"
                        + "<th scope=\"col\">Prognos helår</th><th scope=\"col\">Avvikelse</th>"
                        + "<th scope=\"col\">Åtgärder</th><th scope=\"col\">Källa</th></tr></thead><tbody>");
        for (UnitEconomy e : economy) {
            h.raw("<tr>").el("td", e.unitName()).number("td", e.frame())
                    .number("td", amount(e.outcome())).number("td", amount(e.forecast()))
                    .number("td", e.deviation()).el("td", e.remedy())
                    .raw("<td class=\"source\">").text(source(e)).raw("</td></tr>");
        }
        h.raw("</tbody></table></section>");
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

    private static BigDecimal amount(UnitEconomy.Figure figure) {
        return figure == null ? null : figure.amount();
    }

    private static String source(UnitEconomy e) {
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
