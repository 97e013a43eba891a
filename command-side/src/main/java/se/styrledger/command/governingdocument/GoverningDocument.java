package se.styrledger.command.governingdocument;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.governingdocument.DocumentCommands.AdoptDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ChangeDocumentOwner;
import se.styrledger.command.governingdocument.DocumentCommands.ConfirmDocumentCurrent;
import se.styrledger.command.governingdocument.DocumentCommands.RepealDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReplaceDocument;
import se.styrledger.command.governingdocument.DocumentCommands.ReviseDocument;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentConfirmedCurrent;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentOwnerChanged;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentReplaced;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A styrdokument: adopted, revised into new versions, confirmed as still current, given a new dokumentansvarig,
 * repealed or replaced, each by a decision of a body the kommun's rules allow ({@link AdoptionRules}).
 * A repealed or replaced document stays in the ledger and takes no further changes.
 */
@Aggregate
public class GoverningDocument {

    @AggregateIdentifier
    private UUID documentId;
    private DocumentType type;
    private int version;
    private DocumentContent content;
    private UUID adoptedBy;
    private boolean ended;

    protected GoverningDocument() {
    }

    @CommandHandler
    public GoverningDocument(AdoptDocument command, UnitDirectory units, DocumentDirectory documents,
                             AdoptionRules rules, Clock clock) {
        if (command.documentId() == null) {
            throw LedgerException.invalid("documentId", "Styrdokumentets id saknas.");
        }
        if (command.type() == null) {
            throw LedgerException.invalid("type", "Ange vilken sorts styrdokument det är (type).");
        }
        AdoptionRules.requireKommunDecision(command.type());
        UnitDirectory.Unit body = DecisionCheck.requireValid(command.decision(), units, clock);
        DocumentContent checked = DocumentContentCheck.require(command.type(), command.content(), command.decision(),
                command.documentId(), units, documents);
        rules.requireMayAdopt(command.type(), body, checked.scope(), units);
        apply(new DocumentAdopted(command.documentId(), command.type(), checked, command.decision()));
    }

    @CommandHandler
    public void handle(ReviseDocument command, UnitDirectory units, DocumentDirectory documents, AdoptionRules rules,
                       Clock clock) {
        UnitDirectory.Unit body = requireDecisionOnThis(command.decision(), units, rules, clock);
        DocumentContent revised = DocumentContentCheck.require(type, command.content(), command.decision(),
                documentId, units, documents);
        rules.requireMayAdopt(type, body, revised.scope(), units);
        if (revised.equals(content)) {
            throw LedgerException.conflict("Revideringen ändrar ingenting i gällande version. Ett beslut om att"
                    + " dokumentet fortfarande är aktuellt registreras som aktualitetsprövning.");
        }
        apply(new DocumentRevised(documentId, version + 1, revised, command.decision()));
    }

    @CommandHandler
    public void handle(ConfirmDocumentCurrent command, UnitDirectory units, AdoptionRules rules, Clock clock) {
        requireDecisionOnThis(command.decision(), units, rules, clock);
        if (command.reviewDue() == null) {
            throw LedgerException.invalid("reviewDue", "Ange när nästa aktualitetsprövning ska göras (reviewDue).");
        }
        apply(new DocumentConfirmedCurrent(documentId,
                DocumentContentCheck.requireReviewDue(command.reviewDue(), command.decision()), command.decision()));
    }

    @CommandHandler
    public void handle(ChangeDocumentOwner command, UnitDirectory units, AdoptionRules rules, Clock clock) {
        requireDecisionOnThis(command.decision(), units, rules, clock);
        String owner = DocumentContentCheck.requireOwner(command.owner());
        if (!owner.equals(content.owner())) {
            apply(new DocumentOwnerChanged(documentId, owner, command.decision()));
        }
    }

    @CommandHandler
    public void handle(RepealDocument command, UnitDirectory units, AdoptionRules rules, Clock clock) {
        requireDecisionOnThis(command.decision(), units, rules, clock);
        apply(new DocumentRepealed(documentId, command.decision()));
    }

    @CommandHandler
    public void handle(ReplaceDocument command, UnitDirectory units, DocumentDirectory documents, AdoptionRules rules,
                       Clock clock) {
        requireDecisionOnThis(command.decision(), units, rules, clock);
        UUID replacement = command.replacedBy();
        if (replacement == null) {
            throw LedgerException.invalid("replacedBy", "Ange vilket styrdokument som ersätter detta (replacedBy).");
        }
        if (replacement.equals(documentId)) {
            throw LedgerException.invalid("replacedBy", "Ett styrdokument kan inte ersätta sig självt.");
        }
        DocumentDirectory.Document successor = documents.find(replacement).orElseThrow(() -> LedgerException.invalid(
                "replacedBy", "Styrdokumentet " + replacement + " finns inte; anta det först."));
        if (!successor.inForceOn(command.decision().effectiveFrom())) {
            throw LedgerException.invalid("replacedBy", "Det ersättande styrdokumentet gäller inte den "
                    + command.decision().effectiveFrom() + ".");
        }
        apply(new DocumentReplaced(documentId, replacement, command.decision()));
    }

    @EventSourcingHandler
    void on(DocumentAdopted event) {
        documentId = event.documentId();
        type = event.type();
        version = 1;
        content = event.content();
        adoptedBy = event.decision().decidedBy();
    }

    @EventSourcingHandler
    void on(DocumentRevised event) {
        version = event.version();
        content = event.content();
        adoptedBy = event.decision().decidedBy();
    }

    @EventSourcingHandler
    void on(DocumentConfirmedCurrent event) {
        content = new DocumentContent(content.title(), content.caseNumber(), content.owner(), content.scope(),
                content.validUntil(), event.reviewDue(), content.parentDocumentId(), content.statedDirectionGoalIds(),
                content.publishedText());
    }

    @EventSourcingHandler
    void on(DocumentOwnerChanged event) {
        content = new DocumentContent(content.title(), content.caseNumber(), event.owner(), content.scope(),
                content.validUntil(), content.reviewDue(), content.parentDocumentId(),
                content.statedDirectionGoalIds(), content.publishedText());
    }

    @EventSourcingHandler
    void on(DocumentRepealed event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(DocumentReplaced event) {
        ended = true;
    }

    /** Every later decision: the document is still in force, the decision is whole, the body may take it. */
    private UnitDirectory.Unit requireDecisionOnThis(Decision decision, UnitDirectory units, AdoptionRules rules,
                                                     Clock clock) {
        if (ended) {
            throw LedgerException.conflict("Styrdokumentet är upphävt eller ersatt och kan inte ändras.");
        }
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        rules.requireMayDecideOn(type, body, adoptedBy);
        return body;
    }
}
