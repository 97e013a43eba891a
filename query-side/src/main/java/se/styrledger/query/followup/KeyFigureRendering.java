package se.styrledger.query.followup;

import se.styrledger.query.support.PeriodLabels;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The nyckeltalsrapport as CSV for Excel (its printable page is the template reports/keyfigures.jte). */
final class KeyFigureRendering {

    static final List<String> COLUMNS = List.of("Månad", "Nämnd/enhet", "Indikator", "Måttenhet", "Utfall", "Kvinnor",
            "Män", "Föregående månad", "Trend", "Mål", "Målvärde", "Målvärdets period", "Position mot målvärde",
            "Källa", "Markering", "Skäl", "Händelse-id", "Position");

    private KeyFigureRendering() {
    }

    static Csv csv(KeyFigureReport r) {
        Csv csv = new Csv();
        csv.row(COLUMNS.toArray());
        String month = PeriodLabels.MONTHS.get(r.month() - 1) + " " + r.year();
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
}
