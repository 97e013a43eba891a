package se.styrledger.query.governingdocument;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A styrdokument as it stood on {@code asOf}, as known at {@code knownAt}, with the decision behind that state.
 * The {@code …Label} fields carry the Swedish words for display.
 */
public record GoverningDocumentView(UUID documentId, String type, String typeLabel, String title, String caseNumber,
                                    int version, String owner, ScopeView scope, LocalDate validUntil,
                                    String validityLabel, LocalDate reviewDue, UUID parentDocumentId,
                                    List<UUID> statedDirectionGoalIds, PublishedTextView publishedText, String status,
                                    String statusLabel, UUID replacedBy, LocalDate adoptedOn, String lastDecision,
                                    String lastDecisionLabel, DecisionView decision, LocalDate validFrom,
                                    LocalDate validTo, long recordedPosition) {

    public record ScopeView(boolean wholeMunicipality, List<UUID> unitIds) {
    }

    public record PublishedTextView(String url, String sha256) {
    }

    public record DecisionView(UUID decidedBy, LocalDate decidedOn, String paragraph, String caseNumber) {
    }

    /** A document with the one it is derived from and those derived from it. */
    public record Hierarchy(GoverningDocumentView document, GoverningDocumentView parent,
                            List<GoverningDocumentView> children) {
    }
}
