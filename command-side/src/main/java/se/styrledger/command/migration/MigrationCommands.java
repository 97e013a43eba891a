package se.styrledger.command.migration;

import se.styrledger.command.activities.Activity.ChangeActivityStatus;
import se.styrledger.command.activities.Activity.PlanActivity;
import se.styrledger.command.activities.Activity.ReviseActivity;
import se.styrledger.command.followup.FollowUpCommands.AdoptFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.CloseFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.CorrectIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.OpenFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.RecordAssessment;
import se.styrledger.command.followup.FollowUpCommands.ReportIndicatorValue;
import se.styrledger.command.goals.GoalCommands.AdoptDirectionGoal;
import se.styrledger.command.goals.GoalCommands.AdoptEffectGoal;
import se.styrledger.command.goals.GoalCommands.AdoptStrategicDirection;
import se.styrledger.command.goals.GoalCommands.AdoptVision;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToDirectionGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToEffectGoal;
import se.styrledger.command.goals.GoalCommands.DefineChangeTheory;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromDirectionGoal;
import se.styrledger.command.goals.GoalCommands.DetachIndicatorFromEffectGoal;
import se.styrledger.command.goals.GoalCommands.LinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.ReviseDirectionGoal;
import se.styrledger.command.goals.GoalCommands.ReviseEffectGoal;
import se.styrledger.command.goals.GoalCommands.ReviseStrategicDirection;
import se.styrledger.command.goals.GoalCommands.ReviseVision;
import se.styrledger.command.goals.GoalCommands.UnlinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawDirectionGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawEffectGoal;
import se.styrledger.command.goals.GoalCommands.WithdrawStrategicDirection;
import se.styrledger.command.goals.GoalCommands.WithdrawVision;
import se.styrledger.command.governingdocument.DocumentCommands.AdoptDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ChangeDocumentOwner;
import se.styrledger.command.governingdocument.DocumentCommands.ConfirmDocumentCurrent;
import se.styrledger.command.governingdocument.DocumentCommands.RepealDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReplaceDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReviseDocument;
import se.styrledger.command.indicators.Indicator.DefineIndicator;
import se.styrledger.command.indicators.Indicator.ReviseIndicator;
import se.styrledger.command.organisation.UnitCommands.DissolveUnit;
import se.styrledger.command.organisation.UnitCommands.EstablishUnit;
import se.styrledger.command.organisation.UnitCommands.MoveUnit;
import se.styrledger.command.organisation.UnitCommands.RenameUnit;
import se.styrledger.command.plans.OperationalPlan.AdoptOperationalPlan;
import se.styrledger.command.support.RecordsForUnits;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The commands a migration file may hold, by the name a line gives in its {@code command} field: the API's own
 * command records, so a migrated line is checked by exactly the rules a request is. Each names the field holding the
 * id of what it records; a command that creates something gets an id derived from its line when the file gives none.
 */
final class MigrationCommands {

    /** One kind of line: its command record, the field with the id, and whether the command creates that thing. */
    record Kind(String name, Class<? extends RecordsForUnits> type, String idField, boolean creates) {

        UUID idOf(RecordsForUnits command) {
            RecordComponent component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(idField)).findFirst().orElseThrow();
            try {
                return (UUID) component.getAccessor().invoke(command);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        creates(EstablishUnit.class, "unitId");
        changes(RenameUnit.class, "unitId");
        changes(MoveUnit.class, "unitId");
        changes(DissolveUnit.class, "unitId");

        creates(AdoptVision.class, "visionId");
        changes(ReviseVision.class, "visionId");
        changes(WithdrawVision.class, "visionId");
        creates(AdoptStrategicDirection.class, "directionId");
        changes(ReviseStrategicDirection.class, "directionId");
        changes(WithdrawStrategicDirection.class, "directionId");
        creates(AdoptDirectionGoal.class, "goalId");
        changes(ReviseDirectionGoal.class, "goalId");
        changes(WithdrawDirectionGoal.class, "goalId");
        changes(AttachIndicatorToDirectionGoal.class, "goalId");
        changes(DetachIndicatorFromDirectionGoal.class, "goalId");

        creates(AdoptEffectGoal.class, "goalId");
        changes(ReviseEffectGoal.class, "goalId");
        changes(LinkEffectGoal.class, "goalId");
        changes(UnlinkEffectGoal.class, "goalId");
        changes(WithdrawEffectGoal.class, "goalId");
        changes(DefineChangeTheory.class, "goalId");
        changes(AttachIndicatorToEffectGoal.class, "goalId");
        changes(DetachIndicatorFromEffectGoal.class, "goalId");
        creates(AdoptOperationalPlan.class, "planId");

        creates(PlanActivity.class, "activityId");
        changes(ReviseActivity.class, "activityId");
        changes(ChangeActivityStatus.class, "activityId");

        creates(DefineIndicator.class, "indicatorId");
        changes(ReviseIndicator.class, "indicatorId");
        creates(ReportIndicatorValue.class, "valueId");
        creates(CorrectIndicatorValue.class, "valueId");

        creates(OpenFollowUpReport.class, "reportId");
        changes(CloseFollowUpReport.class, "reportId");
        changes(AdoptFollowUpReport.class, "reportId");
        creates(RecordAssessment.class, "assessmentId");

        creates(AdoptDocument.class, "documentId");
        changes(ReviseDocument.class, "documentId");
        changes(ConfirmDocumentCurrent.class, "documentId");
        changes(ChangeDocumentOwner.class, "documentId");
        changes(RepealDocument.class, "documentId");
        changes(ReplaceDocument.class, "documentId");
    }

    private MigrationCommands() {
    }

    private static void creates(Class<? extends RecordsForUnits> type, String idField) {
        KINDS.put(type.getSimpleName(), new Kind(type.getSimpleName(), type, idField, true));
    }

    private static void changes(Class<? extends RecordsForUnits> type, String idField) {
        KINDS.put(type.getSimpleName(), new Kind(type.getSimpleName(), type, idField, false));
    }

    static Optional<Kind> named(String name) {
        return Optional.ofNullable(name == null ? null : KINDS.get(name.strip()));
    }

    static Iterable<String> names() {
        return KINDS.keySet();
    }
}
