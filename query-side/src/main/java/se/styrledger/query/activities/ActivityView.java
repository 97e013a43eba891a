package se.styrledger.query.activities;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.support.DecisionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An aktivitet as it stood on {@code asOf}: who is responsible, when it is due, its status with the latest comment,
 * every status change up to that date with its comment, the decision that planned it, and its flags.
 */
public record ActivityView(
        UUID activityId,
        UUID effectGoalId,
        @Schema(example = "Informationskampanj om källsortering i alla bostadsområden") String title,
        @Schema(description = "Ansvarig person eller roll", example = "Avfallschefen") String responsible,
        @Schema(example = "2024-06-30") LocalDate dueDate,
        boolean imposedByCouncil,
        @Schema(example = "eget åtagande") String originLabel,
        @Schema(example = "IN_PROGRESS") String status,
        @Schema(example = "pågår") String statusLabel,
        @Schema(example = "Upphandlingen är klar") String statusComment,
        LocalDate statusChangedOn,
        @Schema(description = "Skälet till senaste revideringen") String revisionReason,
        int version, LocalDate validFrom, LocalDate validTo, DecisionView decision,
        List<StatusChange> statusChanges,
        List<FlagView> flags,
        long recordedPosition) {

    /** One status change with its comment, as recorded. */
    public record StatusChange(@Schema(example = "DONE") String status,
                               @Schema(example = "genomförd") String statusLabel,
                               @Schema(example = "Kampanjen genomfördes i maj") String comment,
                               LocalDate changedOn, Instant recordedAt) {
    }

    ActivityView withDetails(List<StatusChange> changes, List<FlagView> activityFlags) {
        return new ActivityView(activityId, effectGoalId, title, responsible, dueDate, imposedByCouncil, originLabel,
                status, statusLabel, statusComment, statusChangedOn, revisionReason, version, validFrom, validTo,
                decision, changes, activityFlags, recordedPosition);
    }
}
