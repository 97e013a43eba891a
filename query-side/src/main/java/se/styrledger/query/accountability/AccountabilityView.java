package se.styrledger.query.accountability;

import io.swagger.v3.oas.annotations.media.Schema;
import se.styrledger.events.DecisionLink;
import se.styrledger.query.support.DecisionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ansvarsprövning of one nämnd for one year as of a date: who was accountable (the presidium KF elected), what
 * the revisorer examined and concluded, their uttalande, the year's revisionsberättelse, and KF's decision on
 * ansvarsfrihet. All of it public record; no account that recorded any of it.
 */
public record AccountabilityView(UUID unitId,
                                 @Schema(example = "Socialnämnden") String unitName,
                                 @Schema(example = "2019") int year,
                                 LocalDate asOf, Instant knownAt,
                                 @Schema(description = "Presidiets ledamöter under året, med tiden var och en hade"
                                         + " uppdraget (R-52)") List<OfficeHolderView> presidium,
                                 @Schema(description = "Revisorernas granskningsrapporter om året (R-50)")
                                 List<AuditReportView> auditReports,
                                 @Schema(description = "Revisorernas bedömning och uttalande; null innan den"
                                         + " registrerats") AuditAssessmentView assessment,
                                 @Schema(description = "Årets revisionsberättelse; null innan den registrerats")
                                 AuditStatementView statement,
                                 @Schema(description = "Fullmäktiges beslut om ansvarsfrihet; null innan det fattats"
                                         + " (R-51)") DischargeView discharge) {

    /** The revisorer's document: date, diarienummer, § of their minutes and where it is found. */
    public record DocumentView(LocalDate issuedOn, String caseNumber, String paragraph, List<DecisionLink> links) {
    }

    public record AuditReportView(UUID reportId, String title, String conclusions, DocumentView document) {
    }

    public record AuditAssessmentView(String assessment,
                                      @Schema(example = "DISCHARGE") String recommendation,
                                      @Schema(example = "tillstyrker ansvarsfrihet") String recommendationLabel,
                                      String remark, String grounds, DocumentView document) {
    }

    public record AuditStatementView(UUID statementId, String summary, DocumentView document) {
    }

    public record DischargeView(@Schema(example = "REMARK") String outcome,
                                @Schema(example = "ansvarsfrihet beviljas med anmärkning") String outcomeLabel,
                                String grounds, DecisionView decision, List<DecisionLink> links) {
    }

    public record OfficeHolderView(String name,
                                   @Schema(example = "CHAIR") String role,
                                   @Schema(example = "ordförande") String roleLabel,
                                   String party,
                                   @Schema(description = "Första dagen med uppdraget") LocalDate from,
                                   @Schema(description = "Sista dagen med uppdraget") LocalDate until,
                                   DecisionView decision, List<DecisionLink> links) {
    }
}
