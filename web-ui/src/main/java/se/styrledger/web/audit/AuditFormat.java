package se.styrledger.web.audit;

import se.styrledger.query.audit.AuditEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the workspace writes the trail's times and decisions: Swedish order, the kommun's time zone. */
public final class AuditFormat {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private AuditFormat() {
    }

    public static String recorded(Instant at) {
        return at == null ? "" : RECORDED.format(at);
    }

    /** "Socialnämnden 2019-06-17 § 90, dnr KS 2019/0458"; empty for an entry that records no decision. */
    public static String decision(AuditEntry entry, Names names) {
        if (entry.decidedOn() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (entry.decidedBy() != null) {
            text.append(names.unit(entry.decidedBy())).append(' ');
        }
        text.append(entry.decidedOn());
        if (entry.paragraph() != null) {
            text.append(' ').append(entry.paragraph());
        }
        if (entry.caseNumber() != null) {
            text.append(", dnr ").append(entry.caseNumber());
        }
        if (entry.effectiveFrom() != null && !entry.effectiveFrom().equals(entry.decidedOn())) {
            text.append(", gäller från ").append(entry.effectiveFrom());
        }
        return text.toString();
    }

    /** The date a timeline entry is placed at: the decision's date, else the day it was recorded. */
    public static String when(AuditEntry entry) {
        return entry.decidedOn() != null ? entry.decidedOn().toString()
                : entry.recordedAt().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().toString();
    }
}
