package se.styrledger.query.followup;

import se.styrledger.query.economy.UnitEconomy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up report as people read it, and as it is frozen when closed: every unit's effektmål with their
 * links, activities, indicators with målvärden and values up to the cut-off, and assessments; KF's inriktningsmål;
 * what changed after earlier reports were closed; and each nämnd's ram, utfall, prognos and avvikelse (R-41; null in
 * reports frozen before the ledger kept ekonomi). Every figure names the event that recorded it, but not who
 * recorded it: that account is personal data (R-34, ADR 0076), and a report is public and frozen for good. A revisor
 * finds the account through the event id in the audit trail.
 *
 * @param frozen  true when this is the closed report's snapshot; false when computed as known at {@code knownAt}
 * @param knownAt the closing instant of a frozen report; otherwise the instant it was computed for
 * @param closedPosition the closing event's position, when the report was closed as known at {@code knownAt}
 */
public record ReportDocument(String format, UUID reportId, String kind, String kindLabel, String title, int year,
                             LocalDate cutOff, String status, String statusLabel, boolean frozen, Instant knownAt,
                             Long closedPosition, String closingEventId, UnitRef scope,
                             List<GoalSection> directionGoals, List<UnitSection> units,
                             List<ChangeLine> changesAfterClosing, List<UnitEconomy> economy) {

    public static final String FORMAT = "styrledger.follow-up-report/1";

    /**
     * The part of the report that concerns one unit, per nämnd: its effektmål, the inriktningsmål it adopted (for
     * KF) and the changes to its figures.
     */
    public ReportDocument forUnit(UUID unitId, String unitName) {
        return new ReportDocument(format, reportId, kind, kindLabel, title + " – " + unitName, year, cutOff, status,
                statusLabel, frozen, knownAt, closedPosition, closingEventId, new UnitRef(unitId, unitName),
                directionGoals.stream().filter(g -> unitId.equals(g.ownerUnitId())).toList(),
                units.stream().filter(u -> unitId.equals(u.unitId())).toList(),
                changesAfterClosing.stream().filter(c -> unitId.equals(c.unitId())).toList(),
                economy == null ? null : economy.stream().filter(e -> unitId.equals(e.unitId())).toList());
    }

    /** The unit a per-nämnd view is limited to; null for the whole kommun. */
    public record UnitRef(UUID unitId, String name) {
    }

    public record UnitSection(UUID unitId, String name, String kind, String kindLabel, List<GoalSection> effectGoals) {
    }

    /**
     * An effektmål or inriktningsmål in the report.
     *
     * @param ownerUnitId effektmål: the nämnd or bolag that owns it; inriktningsmål: the body that adopted it (KF)
     * @param parentTitle inriktningsmål: its strategisk inriktning
     * @param links       effektmål: the inriktningsmål it links to
     * @param assessment  the latest assessment in this report, or null when none was recorded
     */
    public record GoalSection(UUID goalId, String kind, String kindLabel, UUID ownerUnitId, String title,
                              String parentTitle,
                              String targetGroup, String intendedEffect, boolean imposedByCouncil, boolean withdrawn,
                              String statusLabel, DecisionRef decision, List<LinkRef> links,
                              List<ActivityLine> activities, List<IndicatorLine> indicators,
                              AssessmentView assessment) {
    }

    public record DecisionRef(LocalDate decidedOn, String paragraph, String caseNumber) {
    }

    public record LinkRef(UUID goalId, String title) {
    }

    public record ActivityLine(UUID activityId, String title, String responsible, LocalDate dueDate, String status,
                               String statusLabel, String statusComment, boolean overdue) {
    }

    /**
     * An indicator on a goal: its målvärde, its values in the report year up to the cut-off, and what the system
     * computes from them ({@code computed}), which stands beside the human assessment and never replaces it.
     */
    public record IndicatorLine(UUID indicatorId, String name, String unitOfMeasure, String direction,
                                String directionLabel, String sourceLabel, String koladaKpiId, TargetView target,
                                List<ValueLine> values, Computed computed) {
    }

    public record TargetView(BigDecimal value, PeriodView period, String eventId) {
    }

    public record PeriodView(String kind, int year, int number, String label) {
    }

    /**
     * @param mark      LATE (reported after its period's report closed), CORRECTED_AFTER_CLOSING, or null
     * @param markLabel the Swedish words for the mark, naming the closed report
     */
    public record ValueLine(UUID valueId, PeriodView period, BigDecimal value, BigDecimal women, BigDecimal men,
                            String source, Instant recordedAt, long position, String eventId,
                            UUID supersedesValueId, BigDecimal supersededValue, String correctionReason, String mark,
                            String markLabel, UUID markReportId) {
    }

    /**
     * The system's own reading of an indicator: the latest value against the målvärde, and the trend from the value
     * before it.
     */
    public record Computed(String position, String positionLabel, BigDecimal latestValue, PeriodView latestPeriod,
                           BigDecimal difference, String trend, String trendLabel, BigDecimal previousValue,
                           PeriodView previousPeriod, String note) {
    }

    public record AssessmentView(UUID assessmentId, String level, String levelLabel, String colour, String analysis,
                                 String assessedBy, Instant recordedAt, long position,
                                 String eventId) {
    }

    /** A correction or late value recorded after an earlier report covering its period was closed. */
    public record ChangeLine(String kind, String label, UUID valueId, UUID indicatorId, String indicatorName,
                             UUID unitId, String unitName, PeriodView period, UUID previousValueId,
                             BigDecimal previousValue, BigDecimal value, String reason, UUID closedReportId,
                             String closedReportTitle, Instant recordedAt, long position, String eventId) {
    }
}
