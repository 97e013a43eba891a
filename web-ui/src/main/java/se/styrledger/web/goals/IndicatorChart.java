package se.styrledger.web.goals;

import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.followup.FollowUpQueries.IndicatorValueView;
import se.styrledger.query.goals.GoalIndicatorView;
import se.styrledger.query.support.PeriodLabels;
import se.styrledger.web.support.Format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One indikator of a goal drawn on the server as SVG: utfall per period against the målvärde, with the same rows
 * as a table beside it (the table is the chart's text alternative). Coordinates are computed here so the template
 * only places them.
 */
public record IndicatorChart(UUID indicatorId, String name, String unitOfMeasure, String directionLabel,
                             List<Row> rows, List<Point> actual, List<Point> targets, String polyline,
                             List<Tick> ticks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    static final int LEFT = 56;
    static final int RIGHT = 40;
    static final int TOP = 16;
    static final int BOTTOM = 48;

    /** A period with its utfall (null when none is reported) and målvärde (null when none is set). */
    public record Row(String period, BigDecimal actual, BigDecimal target, LocalDate end) {
    }

    public record Point(double x, double y, String label) {
    }

    public record Tick(double y, String label) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    /**
     * @param targets the goal's målvärden for this indikator (one per period)
     * @param values  the reported values known on the page's date (current ones, corrections applied)
     * @param asOf    periods starting after the page's date are left out: they had not begun
     */
    public static IndicatorChart of(List<GoalIndicatorView> targets, List<IndicatorValueView> values, LocalDate asOf) {
        GoalIndicatorView first = targets.get(0);
        // One kind of period per chart, so a year is never drawn beside its own months: the målvärde's kind, unless
        // fewer than two values of that kind are reported, then the kind reported most often.
        String kind = chartedKind(first.period().kind(), values);
        Map<String, Row> byPeriod = new LinkedHashMap<>();
        for (GoalIndicatorView target : targets) {
            Period period = new Period(PeriodKind.valueOf(target.period().kind()), target.period().year(),
                    target.period().number());
            if (target.period().kind().equals(kind)) {
                byPeriod.put(key(period), new Row(PeriodLabels.label(period), null, target.targetValue(), period.end()));
            }
        }
        for (IndicatorValueView value : values) {
            Period period = new Period(PeriodKind.valueOf(value.period().kind()), value.period().year(),
                    value.period().number());
            if (period.start().isAfter(asOf) || !value.period().kind().equals(kind)) {
                continue;
            }
            byPeriod.put(key(period), new Row(value.period().label(), value.value(), covering(targets, period),
                    period.end()));
        }
        List<Row> rows = byPeriod.values().stream().sorted(Comparator.comparing(Row::end)).toList();
        return draw(first, rows);
    }

    /** The målvärde set for the period that contains this one (a month's row shows its year's målvärde). */
    private static BigDecimal covering(List<GoalIndicatorView> targets, Period period) {
        return targets.stream().filter(t -> !period.start().isBefore(t.period().start())
                        && !period.end().isAfter(t.period().end()))
                .map(GoalIndicatorView::targetValue).findFirst().orElse(null);
    }

    private static String chartedKind(String targetKind, List<IndicatorValueView> values) {
        Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(
                v -> v.period().kind(), Collectors.counting()));
        if (counts.getOrDefault(targetKind, 0L) >= 2 || counts.isEmpty()) {
            return targetKind;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Every n-th period is named under the axis, so at most about eight names share it. */
    public boolean labelled(int index) {
        int every = (int) Math.ceil(rows.size() / 8.0);
        return index % Math.max(1, every) == 0;
    }

    private static IndicatorChart draw(GoalIndicatorView indicator, List<Row> rows) {
        double max = rows.stream().flatMap(r -> Stream.of(r.actual(), r.target()))
                .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(0, rows.stream().flatMap(r -> Stream.of(r.actual(), r.target()))
                .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double top = niceCeiling(max <= min ? min + 1 : max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = rows.size() <= 1 ? 0 : plotWidth / (rows.size() - 1);
        List<Point> actual = new ArrayList<>();
        List<Point> targetPoints = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double x = rows.size() == 1 ? LEFT + plotWidth / 2 : LEFT + i * step;
            if (row.actual() != null) {
                actual.add(new Point(round(x), round(y(row.actual().doubleValue(), min, top, plotHeight)),
                        row.period() + ": utfall " + Format.number(row.actual())));
            }
            if (row.target() != null) {
                targetPoints.add(new Point(round(x), round(y(row.target().doubleValue(), min, top, plotHeight)),
                        row.period() + ": målvärde " + Format.number(row.target())));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = min + (top - min) * i / 4;
            ticks.add(new Tick(round(y(value, min, top, plotHeight)),
                    Format.number(BigDecimal.valueOf(value).stripTrailingZeros())));
        }
        String polyline = String.join(" ", actual.stream().map(p -> p.x() + "," + p.y()).toList());
        return new IndicatorChart(indicator.indicatorId(), indicator.name(), indicator.unitOfMeasure(),
                indicator.directionLabel(), rows, actual, targetPoints, polyline, ticks);
    }

    /** The x position of a row's label under the axis. */
    public double labelX(int index) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        return rows.size() == 1 ? LEFT + plotWidth / 2 : round(LEFT + index * plotWidth / (rows.size() - 1));
    }

    public int axisY() {
        return HEIGHT - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static double y(double value, double min, double top, double plotHeight) {
        return TOP + plotHeight - (value - min) / (top - min) * plotHeight;
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(value))));
        return Math.ceil(value / magnitude * 2) / 2 * magnitude;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String key(Period period) {
        return period.kind() + "-" + period.year() + "-" + period.number();
    }
}
