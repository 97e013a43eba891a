package se.styrledger.command.governingdocument;

import se.styrledger.command.support.RecordsDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentType;

import java.time.LocalDate;
import java.util.UUID;

/** Commands on styrdokument, each carrying the decision that makes it. */
public final class DocumentCommands {

    private DocumentCommands() {
    }

    public record AdoptDocument(UUID documentId, DocumentType type, DocumentContent content, Decision decision)
            implements RecordsDecision {
    }

    public record ReviseDocument(@TargetAggregateIdentifier UUID documentId, DocumentContent content,
                                 Decision decision) implements RecordsDecision {
    }

    public record ConfirmDocumentCurrent(@TargetAggregateIdentifier UUID documentId, LocalDate reviewDue,
                                         Decision decision) implements RecordsDecision {
    }

    public record ChangeDocumentOwner(@TargetAggregateIdentifier UUID documentId, String owner, Decision decision)
            implements RecordsDecision {
    }

    public record RepealDocument(@TargetAggregateIdentifier UUID documentId, Decision decision)
            implements RecordsDecision {
    }

    public record ReplaceDocument(@TargetAggregateIdentifier UUID documentId, UUID replacedBy, Decision decision)
            implements RecordsDecision {
    }
}
