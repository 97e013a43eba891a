package se.styrledger.query.followup;

import se.styrledger.query.followup.ReportDocument.ActivityLine;
import se.styrledger.query.followup.ReportDocument.AssessmentView;
import se.styrledger.query.followup.ReportDocument.ChangeLine;
import se.styrledger.query.followup.ReportDocument.GoalSection;
import se.styrledger.query.followup.ReportDocument.IndicatorLine;
import se.styrledger.query.followup.ReportDocument.LinkRef;
import se.styrledger.query.followup.ReportDocument.ValueLine;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A report as one flat table for Excel: a row per value, per indicator without values, per activity and per goal
 * with neither, so a reader filters by nämnd, goal or row type. Each figure's row names its event.
 */
final class ReportCsv {

    static final List<String> COLUMNS = List.of("Rapport", "Brytdatum", "Status", "Nämnd/enhet", "Måltyp", "Mål",
            "Kopplat till", "Bedömning", "Färg", "Analys", "Bedömd av", "Radtyp", "Indikator/aktivitet", "Måttenhet",
            "Målvärde", "Målvärdets period", "Period", "Utfall", "Kvinnor", "Män", "Källa", "Beräknad position",
            "Trend", "Ansvarig", "Klart senast", "Aktivitetsstatus", "Markering", "Skäl", "Händelse-id", "Position");

    private ReportCsv() {
    }

    static Csv report(ReportDocument d) {
        Csv csv = new Csv();
        csv.row(COLUMNS.toArray());
        for (GoalSection goal : d.directionGoals()) {
            goalRows(csv, d, "Kommunfullmäktige", goal);
        }
        for (ReportDocument.UnitSection unit : d.units()) {
            for (GoalSection goal : unit.effectGoals()) {
                goalRows(csv, d, unit.name(), goal);
            }
        }
        for (ChangeLine c : d.changesAfterClosing()) {
            csv.row(d.title(), d.cutOff(), d.statusLabel(), c.unitName(), null, null, null, null, null, null, null,
                    "Ändring efter stängning", c.indicatorName(), null, null, null, c.period().label(), c.value(), null,
                    null, null, null, null, null, null, null, c.label() + (c.closedReportTitle() == null ? ""
                            : " (" + c.closedReportTitle() + ")"), c.reason(), c.eventId(), c.position());
        }
        ReportEconomy.csv(csv, d);
        return csv;
    }

    private static void goalRows(Csv csv, ReportDocument d, String unit, GoalSection g) {
        AssessmentView a = g.assessment();
        Object[] goal = {d.title(), d.cutOff(), d.statusLabel(), unit, g.kindLabel(), g.title(), links(g),
                a == null ? "ej bedömt (ingen bedömning registrerad)" : a.levelLabel(), a == null ? "white" : a.colour(),
                a == null ? null : a.analysis(), a == null ? null : a.assessedBy()};
        boolean any = false;
        for (IndicatorLine i : g.indicators()) {
            ReportDocument.Computed c = i.computed();
            Object target = i.target() == null ? null : i.target().value();
            Object targetPeriod = i.target() == null || i.target().period() == null ? null : i.target().period().label();
            if (i.values().isEmpty()) {
                csv.row(concat(goal, "Indikator", i.name(), i.unitOfMeasure(), target, targetPeriod, null, null, null,
                        null, i.sourceLabel(), c.positionLabel(), c.trendLabel(), null, null, null, null, null,
                        i.target() == null ? null : i.target().eventId(), null));
            }
            for (ValueLine v : i.values()) {
                csv.row(concat(goal, "Utfall", i.name(), i.unitOfMeasure(), target, targetPeriod, v.period().label(),
                        v.value(), v.women(), v.men(), v.source(), c.positionLabel(), c.trendLabel(), null, null, null,
                        v.markLabel(), v.correctionReason(), v.eventId(), v.position()));
            }
            any = true;
        }
        for (ActivityLine act : g.activities()) {
            csv.row(concat(goal, "Aktivitet", act.title(), null, null, null, null, null, null, null, null, null, null,
                    act.responsible(), act.dueDate(), act.statusLabel(), act.overdue() ? "försenad" : null,
                    act.statusComment(), null, null));
            any = true;
        }
        if (!any) {
            csv.row(concat(goal, "Mål", null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, a == null ? null : a.eventId(), a == null ? null : a.position()));
        }
    }

    private static String links(GoalSection g) {
        if (g.parentTitle() != null) {
            return g.parentTitle();
        }
        return g.links().stream().map(LinkRef::title).filter(Objects::nonNull).collect(Collectors.joining(" | "));
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
