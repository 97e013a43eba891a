package se.styrledger.query.followup;

import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.followup.ReportDocument.ActivityLine;
import se.styrledger.query.followup.ReportDocument.AssessmentView;
import se.styrledger.query.followup.ReportDocument.ChangeLine;
import se.styrledger.query.followup.ReportDocument.GoalSection;
import se.styrledger.query.followup.ReportDocument.IndicatorLine;
import se.styrledger.query.followup.ReportDocument.UnitSection;
import se.styrledger.query.followup.ReportDocument.ValueLine;

import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * A report as a printable page in Swedish: per goal the traffic-light assessment with its analysis, the system's
 * own reading beside it, indicators with målvärden and values, and activities; under every figure, its source and
 * the event that recorded it.
 */
final class ReportHtml {

    private ReportHtml() {
    }

    static String report(ReportDocument d, ReportSummary summary, ZoneId zone) {
        Html h = new Html().page(d.title());
        h.raw("<header>").el("h1", d.title());
        h.raw("<p class=\"meta\">").text("Brytdatum " + d.cutOff() + " · Status: " + d.statusLabel());
        if (summary.adoption() != null) {
            h.text(" · Fastställd av kommunfullmäktige " + summary.adoption().decidedOn() + " "
                    + summary.adoption().paragraph() + ", dnr " + summary.adoption().caseNumber());
        }
        h.raw("</p><p class=\"note\">");
        if (d.frozen()) {
            h.text("Rapporten stängdes " + Html.time(d.knownAt(), zone) + " (händelse " + d.closingEventId()
                    + ", position " + d.closedPosition() + ") och visas exakt som den då frystes. Senare rättelser"
                    + " syns i nästa rapport.");
        } else {
            h.text("Beräknad ur liggaren så som den var känd " + Html.time(d.knownAt(), zone)
                    + "; inte en fryst rapport.");
        }
        h.raw("</p></header>");

        if (!d.directionGoals().isEmpty()) {
            h.raw("<section>").el("h2", "Kommunfullmäktiges inriktningsmål");
            d.directionGoals().forEach(goal -> goal(h, goal, zone));
            h.raw("</section>");
        }
        for (UnitSection unit : d.units()) {
            h.raw("<section>").el("h2", unit.name()).raw("<p class=\"meta\">").text(unit.kindLabel() + " – effektmål "
                    + d.year()).raw("</p>");
            unit.effectGoals().forEach(goal -> goal(h, goal, zone));
            h.raw("</section>");
        }
        if (d.directionGoals().isEmpty() && d.units().isEmpty()) {
            h.el("p", "Rapporten innehåller inga mål för " + d.year() + ".");
        }
        ReportEconomy.html(h, d);
        changes(h, d, zone);
        h.raw("<footer><p class=\"note\">").text("Källa för varje siffra: händelse-id och position i Styrledger."
                + " Beräknad position och trend tas fram av systemet och ersätter inte bedömningen.").raw("</p></footer>");
        return h.end();
    }

    private static void goal(Html h, GoalSection g, ZoneId zone) {
        AssessmentView a = g.assessment();
        h.raw("<article class=\"goal\"><h3>");
        if (a == null) {
            h.badge("white", "ej bedömt");
        } else {
            h.badge(a.colour(), a.levelLabel());
        }
        h.text(g.title()).raw("</h3><p class=\"meta\">").text(capitalised(g.kindLabel()) + " · " + g.statusLabel());
        if (g.imposedByCouncil()) {
            h.text(" · ålagt av kommunfullmäktige");
        }
        if (g.decision() != null) {
            h.text(" · beslut " + g.decision().decidedOn() + " " + g.decision().paragraph() + ", dnr "
                    + g.decision().caseNumber());
        }
        h.raw("</p>");
        if (g.targetGroup() != null) {
            h.raw("<p>").raw("<b>Målgrupp:</b> ").text(g.targetGroup()).raw("</p>");
        }
        if (g.intendedEffect() != null && !g.intendedEffect().isBlank()) {
            h.raw("<p>").raw(g.targetGroup() != null ? "<b>Effekt:</b> " : "").text(g.intendedEffect()).raw("</p>");
        }
        if (g.parentTitle() != null) {
            h.raw("<p>").raw("<b>Strategisk inriktning:</b> ").text(g.parentTitle()).raw("</p>");
        }
        if (!g.links().isEmpty()) {
            h.raw("<p>").raw("<b>Kopplat till inriktningsmål:</b> ").text(g.links().stream()
                    .map(l -> l.title() != null ? l.title() : l.goalId().toString())
                    .collect(Collectors.joining("; "))).raw("</p>");
        }
        h.raw("<div class=\"assessment\"><b>Bedömning av måluppfyllelse:</b> ");
        if (a == null) {
            h.text("ingen bedömning registrerad i rapporten.");
        } else {
            h.badge(a.colour(), a.levelLabel()).raw("<p class=\"analysis\">").text(a.analysis()).raw("</p>")
                    .raw("<p class=\"source\">").text("Bedömd av " + a.assessedBy() + " · registrerad "
                            + Html.time(a.recordedAt(), zone)
                            + " · händelse " + a.eventId() + ", position " + a.position()).raw("</p>");
        }
        h.raw("</div>");
        if (!g.indicators().isEmpty()) {
            indicators(h, g);
        }
        if (!g.activities().isEmpty()) {
            h.raw("<table class=\"activities\"><thead><tr><th>Aktivitet</th><th>Ansvarig</th><th>Klart senast</th>"
                    + "<th>Status</th></tr></thead><tbody>");
            for (ActivityLine act : g.activities()) {
                h.raw("<tr>").el("td", act.title()).el("td", act.responsible()).el("td", act.dueDate().toString())
                        .raw("<td>").text(act.statusLabel());
                if (act.overdue()) {
                    h.raw(" <span class=\"mark\">försenad</span>");
                }
                if (act.statusComment() != null) {
                    h.raw("<br><span class=\"source\">").text(act.statusComment()).raw("</span>");
                }
                h.raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</article>");
    }

    private static void indicators(Html h, GoalSection g) {
        h.raw("<table class=\"indicators\"><thead><tr><th>Indikator</th><th>Målvärde</th><th>Period</th>"
                + "<th>Utfall</th><th>Kvinnor</th><th>Män</th><th>Källa</th></tr></thead><tbody>");
        for (IndicatorLine i : g.indicators()) {
            String unit = i.unitOfMeasure() == null ? "" : " (" + i.unitOfMeasure() + ")";
            int rows = Math.max(1, i.values().size());
            h.raw("<tr><td rowspan=\"" + rows + "\">").text(i.name() + unit).raw("<br><span class=\"source\">")
                    .text(i.directionLabel() + " · " + i.sourceLabel()
                            + (i.koladaKpiId() == null ? "" : " " + i.koladaKpiId())).raw("</span></td>");
            h.raw("<td class=\"num\" rowspan=\"" + rows + "\">");
            if (i.target() != null) {
                h.text(Csv.number(i.target().value()));
                if (i.target().period() != null) {
                    h.raw("<br><span class=\"source\">").text(i.target().period().label() + " · händelse "
                            + i.target().eventId()).raw("</span>");
                }
            }
            h.raw("</td>");
            if (i.values().isEmpty()) {
                h.raw("<td colspan=\"5\">").text("Inget utfall före brytdatum.").raw("</td></tr>");
            }
            boolean first = true;
            for (ValueLine v : i.values()) {
                if (!first) {
                    h.raw("<tr>");
                }
                first = false;
                h.el("td", v.period().label()).raw("<td class=\"num\">").text(Csv.number(v.value()));
                if (v.markLabel() != null) {
                    h.raw("<br><span class=\"mark\">").text(v.markLabel()).raw("</span>");
                }
                if (v.supersededValue() != null) {
                    h.raw("<br><span class=\"source\">").text("ersätter " + Csv.number(v.supersededValue())
                            + (v.correctionReason() == null ? "" : ": " + v.correctionReason())).raw("</span>");
                }
                h.raw("</td>").number("td", v.women()).number("td", v.men())
                        .raw("<td>").text(v.source()).raw("<br><span class=\"source\">")
                        .text("händelse " + v.eventId() + ", position " + v.position()).raw("</span></td></tr>");
            }
            ReportDocument.Computed c = i.computed();
            h.raw("<tr><td colspan=\"7\" class=\"source\">").text("Beräknat av systemet: " + c.positionLabel()
                    + (c.difference() == null ? "" : " (skillnad " + Csv.number(c.difference()) + ")") + ", "
                    + c.trendLabel() + (c.previousPeriod() == null ? "" : " jämfört med "
                    + c.previousPeriod().label()) + ". " + c.note()).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static void changes(Html h, ReportDocument d, ZoneId zone) {
        h.raw("<section>").el("h2", "Ändringar efter stängning av tidigare rapporter");
        if (d.changesAfterClosing().isEmpty()) {
            h.el("p", "Inga rättelser eller sena värden sedan föregående rapport stängdes.");
        } else {
            h.raw("<table><thead><tr><th>Markering</th><th>Nämnd/enhet</th><th>Indikator</th><th>Period</th>"
                    + "<th>Tidigare</th><th>Nytt</th><th>Skäl</th><th>Källa</th></tr></thead><tbody>");
            for (ChangeLine c : d.changesAfterClosing()) {
                h.raw("<tr><td class=\"mark\">").text(c.label() + (c.closedReportTitle() == null ? ""
                                : " (" + c.closedReportTitle() + ")")).raw("</td>")
                        .el("td", c.unitName()).el("td", c.indicatorName()).el("td", c.period().label())
                        .number("td", c.previousValue()).number("td", c.value()).el("td", c.reason())
                        .raw("<td class=\"source\">").text("registrerad " + Html.time(c.recordedAt(), zone)
                                + " · händelse " + c.eventId() + ", position " + c.position()).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</section>");
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
