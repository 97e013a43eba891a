package se.styrledger.query.governingdocument;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.styrledger.events.governingdocument.DocumentType;
import se.styrledger.query.governingdocument.GoverningDocumentView.DecisionView;
import se.styrledger.query.governingdocument.GoverningDocumentView.PublishedTextView;
import se.styrledger.query.governingdocument.GoverningDocumentView.ScopeView;
import se.styrledger.query.support.ReadTime;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code governing_document_version} at a point on both time axes. */
@Component
public class GoverningDocumentQueries {

    /** What the register can be narrowed to; an empty field narrows nothing. */
    public record Filter(String title, DocumentType type, UUID unitId, String caseNumber, String owner,
                         boolean includeEnded) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, false);
        }
    }

    private static final RowMapper<GoverningDocumentView> ROW = (rs, n) -> {
        DocumentType type = DocumentType.valueOf(rs.getString("type"));
        DocumentStatus status = DocumentStatus.valueOf(rs.getString("status"));
        DecisionKind decided = DecisionKind.valueOf(rs.getString("last_decision"));
        LocalDate validUntil = date(rs, "valid_until");
        String url = rs.getString("published_url");
        String sha256 = rs.getString("published_sha256");
        return new GoverningDocumentView(rs.getObject("document_id", UUID.class), type.name(), type.swedish(),
                rs.getString("title"), rs.getString("case_number"), rs.getInt("version"), rs.getString("owner"),
                new ScopeView(rs.getBoolean("whole_municipality"), ids(rs.getArray("scope_unit_ids"))),
                validUntil, validUntil == null ? "tills vidare" : "till och med " + validUntil,
                date(rs, "review_due"), rs.getObject("parent_id", UUID.class),
                ids(rs.getArray("direction_goal_ids")),
                url == null && sha256 == null ? null : new PublishedTextView(url, sha256),
                status.name(), status.swedish(), rs.getObject("replaced_by", UUID.class), date(rs, "adopted_on"),
                decided.name(), decided.swedish(),
                new DecisionView(rs.getObject("decided_by", UUID.class), date(rs, "decided_on"),
                        rs.getString("paragraph"), rs.getString("decision_case_number")),
                date(rs, "valid_from"), date(rs, "valid_to"), rs.getLong("recorded_position"));
    };

    private final JdbcTemplate jdbc;

    public GoverningDocumentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The register on {@code at.asOf()}: documents in force then (all of them with {@code includeEnded}). */
    public List<GoverningDocumentView> register(ReadTime at, Filter filter) {
        Query query = Query.at(at).matching(filter);
        if (!filter.includeEnded()) {
            query.and("status = 'IN_FORCE'");
        }
        return query.list(jdbc, "type, title");
    }

    public Optional<GoverningDocumentView> one(UUID documentId, ReadTime at) {
        return Query.at(at).and("document_id = ?", documentId).list(jdbc, "valid_from").stream().findFirst();
    }

    /** Every state of a document on the decision axis, oldest first, as known at {@code at.knownAt()}. */
    public List<GoverningDocumentView> history(UUID documentId, ReadTime at) {
        return Query.knownAt(at).and("document_id = ?", documentId).list(jdbc, "valid_from");
    }

    /** Version {@code version} of a document as it was adopted or revised, as known at {@code at.knownAt()}. */
    public Optional<GoverningDocumentView> version(UUID documentId, int version, ReadTime at) {
        return Query.knownAt(at).and("document_id = ?", documentId).and("version = ?", version)
                .list(jdbc, "valid_from").stream().findFirst();
    }

    public List<GoverningDocumentView> children(UUID documentId, ReadTime at, boolean includeEnded) {
        Query query = Query.at(at).and("parent_id = ?", documentId);
        if (!includeEnded) {
            query.and("status = 'IN_FORCE'");
        }
        return query.list(jdbc, "type, title");
    }

    /**
     * Documents in force on {@code at.asOf()} whose review date has passed by then: due before that day. A repealed,
     * replaced or expired document is never overdue.
     */
    public List<GoverningDocumentView> overdueForReview(ReadTime at, String owner, UUID unitId) {
        return Query.at(at).matching(new Filter(null, null, unitId, null, owner, false))
                .and("status = 'IN_FORCE'")
                .and("review_due < ?", Date.valueOf(at.asOf()))
                .list(jdbc, "review_due, title");
    }

    /** Documents in force on {@code at.asOf()} whose review falls due that day or within {@code days} after it. */
    public List<GoverningDocumentView> dueForReview(ReadTime at, int days, String owner, UUID unitId) {
        return Query.at(at).matching(new Filter(null, null, unitId, null, owner, false))
                .and("status = 'IN_FORCE'")
                .and("review_due >= ?", Date.valueOf(at.asOf()))
                .and("review_due <= ?", Date.valueOf(at.asOf().plusDays(days)))
                .list(jdbc, "review_due, title");
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<UUID> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    /** One SELECT on the table, its conditions and their parameters kept side by side. */
    private static final class Query {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        static Query knownAt(ReadTime at) {
            Timestamp known = Timestamp.from(at.knownAt());
            return new Query().and("recorded_from <= ?", known).and("(recorded_to IS NULL OR recorded_to > ?)", known);
        }

        static Query at(ReadTime at) {
            Date asOf = Date.valueOf(at.asOf());
            return knownAt(at).and("valid_from <= ?", asOf).and("(valid_to IS NULL OR valid_to > ?)", asOf);
        }

        Query matching(Filter filter) {
            if (filter.title() != null) {
                and("strpos(lower(title), lower(?)) > 0", filter.title());
            }
            if (filter.type() != null) {
                and("type = ?", filter.type().name());
            }
            if (filter.unitId() != null) {
                and("? = ANY (scope_unit_ids)", filter.unitId());
            }
            if (filter.caseNumber() != null) {
                and("(strpos(lower(case_number), lower(?)) > 0 OR strpos(lower(decision_case_number), lower(?)) > 0)",
                        filter.caseNumber(), filter.caseNumber());
            }
            if (filter.owner() != null) {
                and("lower(owner) = lower(?)", filter.owner());
            }
            return this;
        }

        Query and(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        List<GoverningDocumentView> list(JdbcTemplate jdbc, String orderBy) {
            return jdbc.query("SELECT * FROM governing_document_version WHERE " + String.join(" AND ", conditions)
                    + " ORDER BY " + orderBy, ROW, parameters.toArray());
        }
    }
}
