package se.styrledger.query.governingdocument;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.governingdocument.DocumentAdopted;
import se.styrledger.events.governingdocument.DocumentConfirmedCurrent;
import se.styrledger.events.governingdocument.DocumentContent;
import se.styrledger.events.governingdocument.DocumentOwnerChanged;
import se.styrledger.events.governingdocument.DocumentRepealed;
import se.styrledger.events.governingdocument.DocumentReplaced;
import se.styrledger.events.governingdocument.DocumentRevised;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Projects styrdokument into {@code governing_document_version}, one row per state on both time axes. Besides the
 * decisions, the day after a document's last valid day is a change of its own: from then it has expired, so "what
 * was in force on date D" and "what was overdue for review on D" are one indexed lookup.
 */
@Component
@ProcessingGroup(GoverningDocumentProjection.PROCESSING_GROUP)
public class GoverningDocumentProjection extends BitemporalProjection {

    public static final String PROCESSING_GROUP = "governing-documents";

    /** Expiry is checked after every decision taking effect on the same day. */
    private static final long AFTER_ALL_DECISIONS = Long.MAX_VALUE;

    /** A styrdokument as it stands from one change to the next, with the decision that made it so. */
    record DocumentState(DocumentType type, int version, DocumentContent content, DocumentStatus status,
                         UUID replacedBy, LocalDate adoptedOn, DecisionKind lastDecision, Decision decision) {

        DocumentState with(DocumentContent newContent, DecisionKind kind, Decision newDecision) {
            return new DocumentState(type, version, newContent, status, replacedBy, adoptedOn, kind, newDecision);
        }

        DocumentState ended(DocumentStatus newStatus, UUID by, DecisionKind kind, Decision newDecision) {
            return new DocumentState(type, version, content, newStatus, by, adoptedOn, kind, newDecision);
        }
    }

    static final VersionTable<DocumentState> TABLE = new VersionTable<>() {
        @Override
        public String table() {
            return "governing_document_version";
        }

        @Override
        public String idColumn() {
            return "document_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("type", "version", "title", "case_number", "owner", "whole_municipality", "scope_unit_ids",
                    "valid_until", "review_due", "parent_id", "direction_goal_ids", "published_url",
                    "published_sha256", "status", "replaced_by", "adopted_on", "last_decision", "decided_by",
                    "decided_on", "paragraph", "decision_case_number");
        }

        @Override
        public Object[] stateValues(DocumentState s) {
            DocumentContent c = s.content();
            Decision d = s.decision();
            PublishedText text = c.publishedText();
            return new Object[]{s.type().name(), s.version(), c.title(), c.caseNumber(), c.owner(),
                    c.scope().wholeMunicipality(), c.scope().unitIds().toArray(UUID[]::new), date(c.validUntil()),
                    date(c.reviewDue()), c.parentDocumentId(), c.statedDirectionGoalIds().toArray(UUID[]::new),
                    text == null ? null : text.url(), text == null ? null : text.sha256(), s.status().name(),
                    s.replacedBy(), date(s.adoptedOn()), s.lastDecision().name(), d.decidedBy(), date(d.decidedOn()),
                    d.paragraph(), d.caseNumber()};
        }
    };

    /** A styrdokument's versions: each decision, then its expiry the day after its last valid day. */
    static final BitemporalModel<DocumentState> MODEL = BitemporalModel.writing(TABLE)
            .on(DocumentAdopted.class, DocumentAdopted::documentId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> new DocumentState(e.type(), 1, e.content(),
                    DocumentStatus.IN_FORCE, null, e.decision().effectiveFrom(), DecisionKind.ADOPTED, e.decision())))
            .on(DocumentRevised.class, DocumentRevised::documentId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : new DocumentState(s.type(), e.version(), e.content(), stillEnded(s), s.replacedBy(),
                    s.adoptedOn(), DecisionKind.REVISED, e.decision())))
            .on(DocumentConfirmedCurrent.class, DocumentConfirmedCurrent::documentId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null
                            ? null : s.with(withReviewDue(s.content(), e.reviewDue()), DecisionKind.CONFIRMED_CURRENT,
                            e.decision())))
            .on(DocumentOwnerChanged.class, DocumentOwnerChanged::documentId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : s.with(withOwner(s.content(), e.owner()), DecisionKind.OWNER_CHANGED, e.decision())))
            .on(DocumentRepealed.class, DocumentRepealed::documentId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : s.ended(DocumentStatus.REPEALED, null, DecisionKind.REPEALED, e.decision())))
            .on(DocumentReplaced.class, DocumentReplaced::documentId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null ? null
                    : s.ended(DocumentStatus.REPLACED, e.replacedBy(), DecisionKind.REPLACED, e.decision())))
            .deriving(GoverningDocumentProjection::expiries);

    public GoverningDocumentProjection(ModelWriter writer) {
        super(writer, MODEL);
    }

    /** The day after each last valid day any version names: there the state is checked for expiry. */
    static List<Timeline.Change<DocumentState>> expiries(List<Object> payloads) {
        return payloads.stream()
                .map(p -> p instanceof DocumentAdopted a ? a.content() : p instanceof DocumentRevised r ? r.content() : null)
                .filter(Objects::nonNull)
                .map(DocumentContent::validUntil)
                .filter(Objects::nonNull)
                .distinct()
                .map(last -> new Timeline.Change<DocumentState>(last.plusDays(1), AFTER_ALL_DECISIONS,
                        s -> expiredBy(s, last.plusDays(1))))
                .toList();
    }

    private static DocumentState expiredBy(DocumentState s, LocalDate day) {
        if (s == null || s.status() != DocumentStatus.IN_FORCE || s.content().validUntil() == null
                || !s.content().validUntil().isBefore(day)) {
            return s;
        }
        return new DocumentState(s.type(), s.version(), s.content(), DocumentStatus.EXPIRED, null, s.adoptedOn(),
                s.lastDecision(), s.decision());
    }

    /**
     * A revision makes an expired document current again, but a repeal or replacement that takes effect earlier
     * stays: the command side refuses changes after one, so only backdating can bring a revision behind it.
     */
    private static DocumentStatus stillEnded(DocumentState s) {
        return s.status() == DocumentStatus.REPEALED || s.status() == DocumentStatus.REPLACED
                ? s.status() : DocumentStatus.IN_FORCE;
    }

    private static DocumentContent withReviewDue(DocumentContent c, LocalDate reviewDue) {
        return new DocumentContent(c.title(), c.caseNumber(), c.owner(), c.scope(), c.validUntil(), reviewDue,
                c.parentDocumentId(), c.statedDirectionGoalIds(), c.publishedText());
    }

    private static DocumentContent withOwner(DocumentContent c, String owner) {
        return new DocumentContent(c.title(), c.caseNumber(), owner, c.scope(), c.validUntil(), c.reviewDue(),
                c.parentDocumentId(), c.statedDirectionGoalIds(), c.publishedText());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
