package se.styrledger.query.followup;

import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the system reads from an indicator's values on its own: the latest value against the målvärde, and whether
 * it moved the right way since the value before it. Shown beside the human assessment, never instead of it.
 */
final class IndicatorReading {

    static final String NOTE = "Beräknat av systemet ur senaste utfall; ersätter inte den bedömning som gjorts.";

    /** One value of a series, in period order. */
    record Point(Period period, BigDecimal value) {
    }

    private IndicatorReading() {
    }

    /**
     * @param series every value of the indicator for the unit up to the cut-off, oldest period first
     * @param year   the report year: the latest value is taken from it
     */
    static ReportDocument.Computed read(IndicatorDirection direction, BigDecimal target, List<Point> series, int year) {
        Point latest = null;
        int at = -1;
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).period().year() == year) {
                latest = series.get(i);
                at = i;
            }
        }
        Point previous = null;
        for (int i = at - 1; i >= 0 && latest != null; i--) {
            if (series.get(i).period().kind() == latest.period().kind()) {
                previous = series.get(i);
                break;
            }
        }
        String position;
        String positionLabel;
        BigDecimal difference = null;
        if (target == null) {
            position = "NO_TARGET";
            positionLabel = "målvärde saknas";
        } else if (latest == null) {
            position = "NO_VALUE";
            positionLabel = "inget utfall ännu";
        } else {
            difference = latest.value().subtract(target);
            boolean reached = better(direction, latest.value(), target) >= 0;
            position = reached ? "REACHED" : "NOT_REACHED";
            positionLabel = reached ? "målvärdet nått" : "målvärdet inte nått";
        }
        String trend;
        String trendLabel;
        if (latest == null || previous == null) {
            trend = "NO_COMPARISON";
            trendLabel = "jämförelse saknas";
        } else {
            int change = better(direction, latest.value(), previous.value());
            trend = change > 0 ? "IMPROVING" : change < 0 ? "WORSENING" : "UNCHANGED";
            trendLabel = change > 0 ? "förbättring" : change < 0 ? "försämring" : "oförändrat";
        }
        return new ReportDocument.Computed(position, positionLabel, latest == null ? null : latest.value(),
                latest == null ? null : Labels.period(latest.period()), difference, trend, trendLabel,
                previous == null ? null : previous.value(), previous == null ? null : Labels.period(previous.period()),
                NOTE);
    }

    /** Positive when {@code value} is better than {@code than}, given which way is better. */
    private static int better(IndicatorDirection direction, BigDecimal value, BigDecimal than) {
        int compared = value.compareTo(than);
        return direction == IndicatorDirection.LOWER_IS_BETTER ? -compared : compared;
    }
}
