package se.styrledger.query.audit;

import se.styrledger.events.accountability.AuditAssessmentIssued;
import se.styrledger.events.accountability.AuditReportIssued;
import se.styrledger.events.accountability.AuditStatementIssued;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.events.accountability.DischargeDecided;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.PresidiumElected;

import java.util.stream.Collectors;

/** The ansvarsprövning's events in the audit trail, in Swedish (docs/ansvarsprovning.md). */
final class AccountabilityDescriptions {

    private AccountabilityDescriptions() {
    }

    /** The description, or null when the event is not part of the ansvarsprövning. */
    static AuditDescriptions.Described describe(Object payload) {
        if (payload instanceof AuditReportIssued e) {
            return new AuditDescriptions.Described("Revisorernas granskningsrapport " + quote(e.title()) + " om "
                    + e.year() + document(e.document()), null, e.unitId(), e.year(), null);
        }
        if (payload instanceof AuditAssessmentIssued e) {
            return new AuditDescriptions.Described("Revisorernas bedömning av " + e.year() + ": revisorerna "
                    + e.recommendation().swedish() + (e.remark() == null ? "" : ", med anmärkning " + quote(e.remark()))
                    + (e.grounds() == null ? "" : ", skäl: " + quote(e.grounds())) + document(e.document()), null,
                    e.unitId(), e.year(), null);
        }
        if (payload instanceof AuditStatementIssued e) {
            return new AuditDescriptions.Described("Revisionsberättelse för " + e.year() + document(e.document()),
                    null, null, e.year(), null);
        }
        if (payload instanceof DischargeDecided e) {
            return new AuditDescriptions.Described("Kommunfullmäktiges beslut om ansvarsfrihet för " + e.year() + ": "
                    + e.outcome().swedish() + (e.grounds() == null ? "" : ", skäl: " + quote(e.grounds())), null,
                    e.unitId(), e.year(), null);
        }
        if (payload instanceof PresidiumElected e) {
            return new AuditDescriptions.Described("Presidium valt av kommunfullmäktige för " + e.term().startsOn()
                    + "–" + e.term().endsOn() + ": " + e.officeHolders().stream().map(AccountabilityDescriptions::holder)
                    .collect(Collectors.joining(", ")), null, e.unitId(), null, null);
        }
        return null;
    }

    private static String holder(OfficeHolder holder) {
        return holder.role().swedish() + " " + holder.name() + (holder.party() == null ? "" : " (" + holder.party() + ")");
    }

    private static String document(AuditorsDocument document) {
        return ", " + document.issuedOn() + ", dnr " + document.caseNumber()
                + (document.paragraph() == null ? "" : " " + document.paragraph());
    }

    private static String quote(String text) {
        return "”" + text + "”";
    }
}
