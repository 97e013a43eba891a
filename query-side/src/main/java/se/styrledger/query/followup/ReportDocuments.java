package se.styrledger.query.followup;

import org.springframework.stereotype.Component;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.support.KnownAt;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which version of a report a reader gets. A closed report is its frozen snapshot, byte for byte. Asking
 * with {@code knownAt} instead computes the report as the ledger knew it then — for a closed report, "with
 * everything we knew at that instant", corrections included — and says so ({@code frozen: false}). Asking with
 * {@code unitId} gives one nämnd's part: computed, only that unit's part is built.
 */
@Component
public class ReportDocuments {

    private final FollowUpQueries queries;
    private final ReportBuilder builder;
    private final Clock clock;

    public ReportDocuments(FollowUpQueries queries, ReportBuilder builder, Clock clock) {
        this.queries = queries;
        this.builder = builder;
        this.clock = clock;
    }

    /** A report as a reader asked for it, and its status as known now. */
    public record Resolved(ReportDocument document, ReportSummary summary) {
    }

    /** The report's status as known now. */
    public ReportSummary summary(UUID reportId) {
        return queries.report(reportId, clock.instant()).orElseThrow(() ->
                LedgerException.notFound("Rapporten " + reportId + " finns inte."));
    }

    /** Whether a reader gets the stored bytes themselves: a closed report, for the whole kommun, as it was frozen. */
    public static boolean asFrozen(ReportSummary summary, KnownAt knownAt, UUID unitId) {
        return summary.closed() && !knownAt.given() && unitId == null;
    }

    /**
     * A closed report's bytes as they were frozen, to send as they are; empty when they were frozen before R-34
     * and name who recorded each figure: those are sent as the document read back, without the accounts (ADR 0076;
     * a rebuild freezes the report again without them).
     */
    public Optional<byte[]> frozenBytes(UUID reportId) {
        byte[] json = queries.snapshot(reportId).orElseThrow();
        return ReportJson.namesWhoRecorded(json) ? Optional.empty() : Optional.of(json);
    }

    public Resolved resolve(UUID reportId, KnownAt knownAt, UUID unitId) {
        ReportSummary summary = summary(reportId);
        return new Resolved(document(summary, knownAt, unitId), summary);
    }

    /** The report as a document: read back from its frozen bytes, or built as known at {@code knownAt}. */
    public ReportDocument document(ReportSummary summary, KnownAt knownAt, UUID unitId) {
        Instant now = clock.instant();
        // The unit first: an unknown one is refused before a whole report is read or built.
        String unitName = unitId == null ? null : queries.unitName(unitId, now).orElseThrow(() ->
                new LedgerException(LedgerException.Kind.NOT_FOUND, null, "unitId",
                        "Enheten " + unitId + " finns inte."));
        ReportDocument document;
        if (summary.closed() && !knownAt.given()) {
            document = ReportJson.read(queries.snapshot(summary.reportId()).orElseThrow(), ReportDocument.class);
        } else {
            Instant at = knownAt.instant();
            document = builder.build(summary.reportId(), at, false, unitId).orElseThrow(() ->
                    LedgerException.notFound("Rapporten " + summary.reportId() + " var inte öppnad vid " + at + "."));
        }
        return unitId == null ? document : document.forUnit(unitId, unitName);
    }
}
