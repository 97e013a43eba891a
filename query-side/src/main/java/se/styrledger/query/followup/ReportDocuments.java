package se.styrledger.query.followup;

import org.springframework.stereotype.Component;
import se.styrledger.platform.web.LedgerException;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.support.ReadTime;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Which version of a report a reader gets. A closed report is its frozen snapshot, byte for byte. Asking
 * with {@code knownAt} instead computes the report as the ledger knew it then — for a closed report, "with
 * everything we knew at that instant", corrections included — and says so ({@code frozen: false}).
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

    /** A report as a reader asked for it, with its JSON bytes and its status as known now. */
    public record Resolved(ReportDocument document, byte[] json, ReportSummary summary) {
    }

    public Resolved resolve(UUID reportId, String knownAt, UUID unitId) {
        Instant now = clock.instant();
        ReportSummary summary = queries.report(reportId, now).orElseThrow(() ->
                LedgerException.notFound("Rapporten " + reportId + " finns inte."));
        ReportDocument document;
        byte[] json;
        if ((knownAt == null || knownAt.isBlank()) && summary.closed()) {
            json = queries.snapshot(reportId).orElseThrow();
            document = ReportJson.read(json, ReportDocument.class);
            if (ReportJson.namesWhoRecorded(json)) {
                // Frozen before R-34: the document read back has no such field, so its bytes leave the accounts out.
                // A rebuild freezes the report again without them (ADR 0076).
                json = null;
            }
        } else {
            Instant at = ReadTime.of(null, knownAt, clock).knownAt();
            document = builder.build(reportId, at, false).orElseThrow(() -> LedgerException.notFound(
                    "Rapporten " + reportId + " var inte öppnad vid " + at + "."));
            json = null;
        }
        if (unitId != null) {
            String name = queries.unitName(unitId, now).orElseThrow(() ->
                    LedgerException.notFound("Enheten " + unitId + " finns inte."));
            document = document.forUnit(unitId, name);
            json = null;
        }
        return new Resolved(document, json != null ? json : ReportJson.bytes(document), summary);
    }
}
