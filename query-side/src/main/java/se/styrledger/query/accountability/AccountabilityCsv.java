package se.styrledger.query.accountability;

import se.styrledger.events.DecisionLink;
import se.styrledger.query.accountability.AccountabilityView.DocumentView;
import se.styrledger.query.followup.Csv;
import se.styrledger.query.support.DecisionView;

import java.util.List;
import java.util.stream.Collectors;

/** A nämnd's year as one table for Excel: each part of the report a row, with its date, reference and links. */
final class AccountabilityCsv {

    private AccountabilityCsv() {
    }

    static Csv of(AccountabilityReport report) {
        AccountabilityView a = report.accountability();
        Csv csv = new Csv().row("Nämnd", "År", "Per", "Känt per", "Avsnitt", "Vad", "Datum", "Beslut eller dnr",
                "Text", "Länkar");
        String[] head = {a.unitName(), String.valueOf(a.year()), a.asOf().toString(), a.knownAt().toString()};
        for (AccountabilityView.OfficeHolderView h : a.presidium()) {
            csv.row(with(head, "Presidium", h.roleLabel() + " " + h.name() + (h.party() == null ? "" : " (" + h.party()
                    + ")"), h.from() + "–" + h.until(), decision(h.decision()), "", links(h.links())));
        }
        for (AccountabilityReport.CommitmentOutcome c : report.commitments()) {
            csv.row(with(head, "Åtagande (effektmål)", c.title(), "", "", c.attainments().isEmpty() ? "ej bedömt"
                    : c.attainments().get(0).report() + ": " + c.attainments().get(0).level(), ""));
        }
        for (var f : report.findings()) {
            csv.row(with(head, "Iakttagelse", f.label() + (f.title() == null ? "" : ": " + f.title()), "", "",
                    f.detail(), "händelser " + f.evidence().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))));
        }
        for (AccountabilityView.AuditReportView r : a.auditReports()) {
            csv.row(with(head, "Granskningsrapport", r.title(), r.document().issuedOn().toString(),
                    document(r.document()), r.conclusions(), links(r.document().links())));
        }
        if (a.assessment() != null) {
            var s = a.assessment();
            csv.row(with(head, "Revisorernas bedömning", s.recommendationLabel(), s.document().issuedOn().toString(),
                    document(s.document()), s.assessment() + (s.remark() == null ? "" : " Anmärkning: " + s.remark())
                            + (s.grounds() == null ? "" : " Skäl: " + s.grounds()), links(s.document().links())));
        }
        if (a.statement() != null) {
            csv.row(with(head, "Revisionsberättelse", "Revisionsberättelse " + a.year(),
                    a.statement().document().issuedOn().toString(), document(a.statement().document()),
                    a.statement().summary(), links(a.statement().document().links())));
        }
        if (a.discharge() != null) {
            var d = a.discharge();
            csv.row(with(head, "Fullmäktiges beslut om ansvarsfrihet", d.outcomeLabel(),
                    d.decision().decidedOn().toString(), decision(d.decision()), d.grounds() == null ? "" : d.grounds(),
                    links(d.links())));
        }
        return csv;
    }

    private static Object[] with(String[] head, Object... cells) {
        Object[] row = new Object[head.length + cells.length];
        System.arraycopy(head, 0, row, 0, head.length);
        System.arraycopy(cells, 0, row, head.length, cells.length);
        return row;
    }

    static String decision(DecisionView d) {
        return d == null ? "" : "kommunfullmäktige " + d.decidedOn() + " " + d.paragraph() + ", dnr " + d.caseNumber();
    }

    static String document(DocumentView d) {
        return "dnr " + d.caseNumber() + (d.paragraph() == null ? "" : " " + d.paragraph());
    }

    static String links(List<DecisionLink> links) {
        return links.stream().map(l -> l.kind().swedish() + ": " + l.reference()).collect(Collectors.joining(" | "));
    }
}
