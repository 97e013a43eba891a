package se.styrledger.query.internalcontrol;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.query.support.DecisionView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A nämnd's internkontrollplan as of a date: its riskanalys, kontrollmoment with their latest results, avvikelser
 * with their åtgärder, and its uppföljning to KS once the nämnd has decided it.
 */
public record InternalControlPlanView(UUID planId, UUID unitId, @Schema(example = "Socialnämnden") String unitName,
                                      int year, DecisionView decision, ReportView reportToExecutiveBoard,
                                      List<RiskView> risks, List<ControlView> controls,
                                      List<DeviationView> deviations, int version, LocalDate validFrom,
                                      long recordedPosition) {

    public record ReportView(LocalDate decidedOn, String paragraph, String caseNumber, String summary) {
    }

    /** @param score sannolikhet × konsekvens, 1–16 */
    public record RiskView(UUID riskId, String description, int likelihood, int consequence, int score,
                           @Schema(example = "hög") String level) {
    }

    /**
     * @param overdue true when its date has passed on the read date and it was not performed by then
     */
    public record ControlView(UUID controlId, String what, String how, String responsible, LocalDate due,
                              String frequency, UUID riskId, LocalDate performedOn, String result,
                              int deviationsFound, boolean overdue) {
    }

    /** @param answered true when it has an åtgärd or a recorded reason why none is taken */
    public record DeviationView(UUID deviationId, UUID controlId, LocalDate foundOn, String description,
                                String remedyAction, String remedyResponsible, LocalDate remedyDue,
                                String noRemedyReason, LocalDate answeredOn, boolean answered) {
    }
}
