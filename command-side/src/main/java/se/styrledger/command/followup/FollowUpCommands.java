package se.styrledger.command.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.events.Decision;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.UUID;

/** Commands of follow-up: indicator values, assessments and the reports they end up in. */
public final class FollowUpCommands {

    private FollowUpCommands() {
    }

    public record ReportIndicatorValue(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                                       GenderSplit genderSplit, String source) {
    }

    /** Creates a new value that supersedes {@code supersedesValueId}; each value is its own aggregate. */
    public record CorrectIndicatorValue(UUID valueId, UUID supersedesValueId, BigDecimal value,
                                        GenderSplit genderSplit, String source, String reason) {
    }

    /** Withdraws the value in force, with the reason; the series then has no current value. */
    public record WithdrawIndicatorValue(@TargetAggregateIdentifier UUID valueId, String reason) {
    }

    public record RecordAssessment(UUID assessmentId, UUID reportId, UUID goalId, AttainmentLevel level,
                                   String analysis, String assessedBy) {
    }

    public record OpenFollowUpReport(UUID reportId, int year, FollowUpReportKind kind) {
    }

    public record CloseFollowUpReport(@TargetAggregateIdentifier UUID reportId) {
    }

    public record AdoptFollowUpReport(@TargetAggregateIdentifier UUID reportId, Decision decision) {
    }
}
