package se.styrledger.command.goals;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordingScope;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.indicators.IndicatorTarget;

import java.util.List;
import java.util.UUID;

/** Commands on the röd tråd's goals, each carrying the decision that makes it. */
public final class GoalCommands {

    private GoalCommands() {
    }

    public record AdoptVision(UUID visionId, String text, Decision decision) implements RecordsDecision {
    }

    public record ReviseVision(@TargetAggregateIdentifier UUID visionId, String text, Decision decision)
            implements RecordsDecision {
    }

    public record WithdrawVision(@TargetAggregateIdentifier UUID visionId, String reason, Decision decision)
            implements RecordsDecision {
    }

    public record AdoptStrategicDirection(UUID directionId, UUID visionId, String name, List<String> themes,
                                          Decision decision) implements RecordsDecision {
    }

    public record ReviseStrategicDirection(@TargetAggregateIdentifier UUID directionId, String name,
                                           List<String> themes, Decision decision) implements RecordsDecision {
    }

    public record WithdrawStrategicDirection(@TargetAggregateIdentifier UUID directionId, String reason,
                                             Decision decision) implements RecordsDecision {
    }

    public record AdoptDirectionGoal(UUID goalId, UUID directionId, String title, String description, Integer fromYear,
                                     Integer toYear, Decision decision) implements RecordsDecision {
    }

    public record ReviseDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID directionId, String title,
                                      String description, Integer fromYear, Integer toYear, Decision decision)
                                              implements RecordsDecision {
    }

    public record WithdrawDirectionGoal(@TargetAggregateIdentifier UUID goalId, String reason, Decision decision)
            implements RecordsDecision {
    }

    public record AdoptEffectGoal(UUID goalId, UUID ownerUnitId, Integer year, String title, String targetGroup,
                                  String intendedEffect, List<UUID> directionGoalIds, boolean imposedByCouncil,
                                  Decision decision) implements RecordsDecision {

        /** The owner as well as the body: KF imposing an effektmål records for the nämnd that must carry it. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, ownerUnitId);
        }
    }

    public record ReviseEffectGoal(@TargetAggregateIdentifier UUID goalId, String title, String targetGroup,
                                   String intendedEffect, Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record LinkEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID directionGoalId, Decision decision)
            implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record UnlinkEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID directionGoalId, Decision decision)
            implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record WithdrawEffectGoal(@TargetAggregateIdentifier UUID goalId, String reason, Decision decision)
            implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record DefineChangeTheory(@TargetAggregateIdentifier UUID goalId, List<ChangeStep> steps,
                                     Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    /** Axon routes a command type to one aggregate type, so each goal level has its own attach and detach. */
    public record AttachIndicatorToEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                              IndicatorTarget target, Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record DetachIndicatorFromEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                Decision decision) implements RecordsDecision {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, lookups.effectGoalOwner(goalId).orElse(null));
        }
    }

    public record AttachIndicatorToDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                 IndicatorTarget target, Decision decision) implements RecordsDecision {
    }

    public record DetachIndicatorFromDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                   Decision decision) implements RecordsDecision {
    }
}
