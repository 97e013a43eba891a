package se.styrledger.query.governingdocument;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
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
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
public class GoverningDocumentProjection {

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

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public GoverningDocumentProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DocumentAdopted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(DocumentRevised event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(DocumentConfirmedCurrent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(DocumentOwnerChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(DocumentRepealed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @EventHandler
    void on(DocumentReplaced event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, EventMessage<?> message) {
        refold(event.documentId(), sequence, recordedAt, message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM governing_document_version");
    }

    private void refold(UUID documentId, long sequence, Instant recordedAt, EventMessage<?> message) {
        List<DomainEventMessage<?>> events = history.upTo(documentId, sequence);
        List<Timeline.Change<DocumentState>> changes = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            changes.add(change(event.getPayload(), event.getSequenceNumber()));
        }
        changes.addAll(expiries(events.stream().<Object>map(DomainEventMessage::getPayload).toList()));
        writer.write(TABLE, documentId, Timeline.fold(changes), recordedAt, writer.positionOf(message.getIdentifier()));
    }

    static Timeline.Change<DocumentState> change(Object payload, long seq) {
        if (payload instanceof DocumentAdopted e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> new DocumentState(e.type(), 1,
                    e.content(), DocumentStatus.IN_FORCE, null, e.decision().effectiveFrom(), DecisionKind.ADOPTED,
                    e.decision()));
        }
        if (payload instanceof DocumentRevised e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : new DocumentState(s.type(), e.version(), e.content(), stillEnded(s), s.replacedBy(),
                    s.adoptedOn(), DecisionKind.REVISED, e.decision()));
        }
        if (payload instanceof DocumentConfirmedCurrent e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : s.with(withReviewDue(s.content(), e.reviewDue()), DecisionKind.CONFIRMED_CURRENT, e.decision()));
        }
        if (payload instanceof DocumentOwnerChanged e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : s.with(withOwner(s.content(), e.owner()), DecisionKind.OWNER_CHANGED, e.decision()));
        }
        if (payload instanceof DocumentRepealed e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : s.ended(DocumentStatus.REPEALED, null, DecisionKind.REPEALED, e.decision()));
        }
        if (payload instanceof DocumentReplaced e) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), seq, s -> s == null ? null
                    : s.ended(DocumentStatus.REPLACED, e.replacedBy(), DecisionKind.REPLACED, e.decision()));
        }
        throw new IllegalArgumentException("Not a styrdokument event: " + payload.getClass().getName());
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
