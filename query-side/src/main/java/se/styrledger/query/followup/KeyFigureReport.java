package se.styrledger.query.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The monthly nyckeltalsrapport: every indicator value for one month, with the målvärden of the goals that use it,
 * the value the month before, and the event that recorded each figure. Never frozen: it is what the ledger knows at
 * {@code knownAt}, corrections included and marked.
 */
public record KeyFigureReport(String format, int year, int month, String title, Instant knownAt, UUID unitId,
                              List<Line> lines) {

    public static final String FORMAT = "styrledger.key-figure-report/1";

    public record Line(UUID unitId, String unitName, UUID indicatorId, String indicatorName, String unitOfMeasure,
                       String directionLabel, String koladaKpiId, UUID valueId, BigDecimal value, BigDecimal women,
                       BigDecimal men, String source, String mark, String markLabel, UUID supersedesValueId,
                       BigDecimal supersededValue, String correctionReason, BigDecimal previousMonthValue,
                       String trend, String trendLabel, List<GoalTarget> targets, Instant recordedAt, long position, String eventId) {
    }

    /** A goal that uses the indicator, its målvärde, and where this month's value stands against it. */
    public record GoalTarget(UUID goalId, String goalTitle, BigDecimal value, ReportDocument.PeriodView period,
                             String position, String positionLabel, String eventId) {
    }
}
