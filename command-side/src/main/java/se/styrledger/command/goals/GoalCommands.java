package se.styrledger.command.goals;

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

    public record AdoptVision(UUID visionId, String text, Decision decision) {
    }

    public record ReviseVision(@TargetAggregateIdentifier UUID visionId, String text, Decision decision) {
    }

    public record WithdrawVision(@TargetAggregateIdentifier UUID visionId, String reason, Decision decision) {
    }

    public record AdoptStrategicDirection(UUID directionId, UUID visionId, String name, List<String> themes,
                                          Decision decision) {
    }

    public record ReviseStrategicDirection(@TargetAggregateIdentifier UUID directionId, String name,
                                           List<String> themes, Decision decision) {
    }

    public record WithdrawStrategicDirection(@TargetAggregateIdentifier UUID directionId, String reason,
                                             Decision decision) {
    }

    public record AdoptDirectionGoal(UUID goalId, UUID directionId, String title, String description, Integer fromYear,
                                     Integer toYear, Decision decision) {
    }

    public record ReviseDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID directionId, String title,
                                      String description, Integer fromYear, Integer toYear, Decision decision) {
    }

    public record WithdrawDirectionGoal(@TargetAggregateIdentifier UUID goalId, String reason, Decision decision) {
    }

    public record AdoptEffectGoal(UUID goalId, UUID ownerUnitId, Integer year, String title, String targetGroup,
                                  String intendedEffect, List<UUID> directionGoalIds, boolean imposedByCouncil,
                                  Decision decision) {
    }

    public record ReviseEffectGoal(@TargetAggregateIdentifier UUID goalId, String title, String targetGroup,
                                   String intendedEffect, Decision decision) {
    }

    public record LinkEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID directionGoalId, Decision decision) {
    }

    public record UnlinkEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID directionGoalId, Decision decision) {
    }

    public record WithdrawEffectGoal(@TargetAggregateIdentifier UUID goalId, String reason, Decision decision) {
    }

    public record DefineChangeTheory(@TargetAggregateIdentifier UUID goalId, List<ChangeStep> steps,
                                     Decision decision) {
    }

    /** Axon routes a command type to one aggregate type, so each goal level has its own attach and detach. */
    public record AttachIndicatorToEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                              IndicatorTarget target, Decision decision) {
    }

    public record DetachIndicatorFromEffectGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                Decision decision) {
    }

    public record AttachIndicatorToDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                 IndicatorTarget target, Decision decision) {
    }

    public record DetachIndicatorFromDirectionGoal(@TargetAggregateIdentifier UUID goalId, UUID indicatorId,
                                                   Decision decision) {
    }
}
