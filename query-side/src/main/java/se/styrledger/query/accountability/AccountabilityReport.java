package se.styrledger.query.accountability;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.audit.Finding;

import java.util.List;
import java.util.UUID;

/**
 * What a revisor brings together for a nämnd's year (docs/ansvarsprovning.md): every commitment (effektmål) with its
 * måluppfyllelse, every finding with the events behind it, and the ansvarsprövning — who was accountable, the
 * revisorer's bedömning, KF's decision. Read at one point on both time axes.
 */
public record AccountabilityReport(@Schema(description = "Ansvarsprövningen: presidium, granskningsrapporter,"
                                           + " bedömning, revisionsberättelse, fullmäktiges beslut")
                                   AccountabilityView accountability,
                                   @Schema(description = "Nämndens effektmål för året med måluppfyllelse")
                                   List<CommitmentOutcome> commitments,
                                   @Schema(description = "Iakttagelser, var och en med händelserna bakom den")
                                   List<Finding> findings) {

    /**
     * One effektmål with its assessments in the year's follow-up reports, the last one recorded first.
     *
     * @param imposedByCouncil whether KF imposed it
     */
    public record CommitmentOutcome(UUID goalId, String title, String targetGroup, String intendedEffect,
                                    boolean imposedByCouncil, boolean withdrawn, int activities,
                                    List<Attainment> attainments) {
    }

    /** An assessment: in which report, which level, why. */
    public record Attainment(@Schema(example = "Årsredovisning") String report,
                             @Schema(example = "delvis uppfyllt") String level, String analysis) {
    }
}
