package se.styrledger.query.followup;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The nyckeltalsrapport as CSV for Excel and as a printable page. */
final class KeyFigureRendering {

    static final List<String> COLUMNS = List.of("Månad", "Nämnd/enhet", "Indikator", "Måttenhet", "Utfall", "Kvinnor",
            "Män", "Föregående månad", "Trend", "Mål", "Målvärde", "Målvärdets period", "Position mot målvärde",
            "Källa", "Markering", "Skäl", "Händelse-id", "Position");

    private KeyFigureRendering() {
    }

    static Csv csv(KeyFigureReport r) {
        Csv csv = new Csv();
        csv.row(COLUMNS.toArray());
        String month = Labels.MONTHS.get(r.month() - 1) + " " + r.year();
        for (KeyFigureReport.Line l : r.lines()) {
            List<KeyFigureReport.GoalTarget> targets = l.targets().isEmpty()
                    ? java.util.Collections.singletonList(null) : l.targets();
            for (KeyFigureReport.GoalTarget t : targets) {
                csv.row(month, l.unitName(), l.indicatorName(), l.unitOfMeasure(), l.value(), l.women(), l.men(),
                        l.previousMonthValue(), l.trendLabel(), t == null ? null : t.goalTitle(),
                        t == null ? null : t.value(), t == null || t.period() == null ? null : t.period().label(),
                        t == null ? null : t.positionLabel(), l.source(), l.markLabel(), l.correctionReason(),
                        l.eventId(), l.position());
            }
        }
        return csv;
    }

    static String html(KeyFigureReport r, ZoneId zone) {
        Html h = new Html().page(r.title());
        h.raw("<header>").el("h1", r.title()).raw("<p class=\"note\">")
                .text("Alla indikatorvärden för månaden så som liggaren kände dem " + Html.time(r.knownAt(), zone)
                        + ". Rättade och sent rapporterade värden är markerade.").raw("</p></header>");
        if (r.lines().isEmpty()) {
            h.el("p", "Inga indikatorvärden är rapporterade för månaden.");
        }
        String unit = null;
        for (KeyFigureReport.Line l : r.lines()) {
            if (!Objects.equals(unit, l.unitName())) {
                if (unit != null) {
                    h.raw("</tbody></table></section>");
                }
                unit = l.unitName();
                h.raw("<section>").el("h2", Objects.toString(unit, "okänd enhet"))
                        .raw("<table><thead><tr><th>Indikator</th><th>Utfall</th><th>Kvinnor</th><th>Män</th>"
                                + "<th>Föregående månad</th><th>Mål och målvärde</th><th>Källa</th></tr></thead><tbody>");
            }
            h.raw("<tr><td>").text(l.indicatorName() + (l.unitOfMeasure() == null ? "" : " (" + l.unitOfMeasure()
                    + ")")).raw("<br><span class=\"source\">").text(l.directionLabel()
                    + (l.koladaKpiId() == null ? "" : " · Kolada " + l.koladaKpiId())).raw("</span></td>");
            h.raw("<td class=\"num\">").text(Csv.number(l.value()));
            if (l.markLabel() != null) {
                h.raw("<br><span class=\"mark\">").text(l.markLabel()).raw("</span>");
            }
            if (l.supersededValue() != null) {
                h.raw("<br><span class=\"source\">").text("ersätter " + Csv.number(l.supersededValue())
                        + (l.correctionReason() == null ? "" : ": " + l.correctionReason())).raw("</span>");
            }
            h.raw("</td>").number("td", l.women()).number("td", l.men());
            h.raw("<td class=\"num\">").text(Csv.number(l.previousMonthValue())).raw("<br><span class=\"source\">")
                    .text(l.trendLabel()).raw("</span></td><td>");
            for (KeyFigureReport.GoalTarget t : l.targets()) {
                h.text(t.goalTitle() + ": " + Csv.number(t.value())
                        + (t.period() == null ? "" : " (" + t.period().label() + ")") + " – " + t.positionLabel())
                        .raw("<br>");
            }
            h.raw("</td><td>").text(l.source()).raw("<br><span class=\"source\">").text("händelse " + l.eventId()
                    + ", position " + l.position()).raw("</span></td></tr>");
        }
        if (unit != null) {
            h.raw("</tbody></table></section>");
        }
        h.raw("<footer><p class=\"note\">").text("Källa för varje siffra: händelse-id och position i Styrledger.")
                .raw("</p></footer>");
        return h.end();
    }
}
