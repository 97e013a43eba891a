package se.styrledger.command.followup;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordingScope;
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
                                       GenderSplit genderSplit, String source) implements RecordsForUnits {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return unitId == null ? RecordingScope.council() : RecordingScope.units(unitId);
        }
    }

    /** Creates a new value that supersedes {@code supersedesValueId}; each value is its own aggregate. */
    public record CorrectIndicatorValue(UUID valueId, UUID supersedesValueId, BigDecimal value,
                                        GenderSplit genderSplit, String source, String reason)
                                                implements RecordsForUnits {

        /** For the unit of the value it corrects. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return lookups.indicatorValueUnit(supersedesValueId).map(RecordingScope::units)
                    .orElse(RecordingScope.council());
        }
    }

    /** Withdraws the value in force, with the reason; the series then has no current value. */
    public record WithdrawIndicatorValue(@TargetAggregateIdentifier UUID valueId, String reason) {
    }

    public record RecordAssessment(UUID assessmentId, UUID reportId, UUID goalId, AttainmentLevel level,
                                   String analysis, String assessedBy) implements RecordsForUnits {

        /** An effektmål's owner assesses it; an inriktningsmål is assessed for the kommun as a whole, by KS or KF. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return lookups.effectGoalOwner(goalId).map(RecordingScope::units)
                    .orElse(RecordingScope.kommunLeadership());
        }
    }

    public record OpenFollowUpReport(UUID reportId, int year, FollowUpReportKind kind) implements RecordsForUnits {

        /** The report covers every nämnd; KS leads the follow-up and KF adopts it (§4), so either may open and close it. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.kommunLeadership();
        }
    }

    public record CloseFollowUpReport(@TargetAggregateIdentifier UUID reportId) implements RecordsForUnits {

        /** The report covers every nämnd; KS leads the follow-up and KF adopts it (§4), so either may open and close it. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.kommunLeadership();
        }
    }

    public record AdoptFollowUpReport(@TargetAggregateIdentifier UUID reportId, Decision decision)
            implements RecordsDecision {
    }
}
