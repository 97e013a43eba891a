package se.styrledger.query.accountability;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.accountability.AuditAssessmentIssued;
import se.styrledger.events.accountability.AuditReportIssued;
import se.styrledger.events.accountability.AuditStatementIssued;
import se.styrledger.events.accountability.DischargeDecided;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.PresidiumElected;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Projects the ansvarsprövning into bitemporal tables, one fold per aggregate: a nämnd's year (the revisorer's
 * granskningsrapporter, their bedömning, KF's decision on ansvarsfrihet), the revisionsberättelse per year, and each
 * presidium KF elected with its office-holders. A revisorer's document takes effect on the day it was issued, a KF
 * decision on the day it took effect.
 */
@Component
@ProcessingGroup(AccountabilityProjection.PROCESSING_GROUP)
class AccountabilityProjection extends BitemporalProjection {

    static final String PROCESSING_GROUP = "accountability";

    record ReportState(AuditReportIssued report) {
    }

    record YearState(UUID unitId, int year, List<ReportState> reports, AuditAssessmentIssued assessment,
                     DischargeDecided discharge, int version) {
    }

    static final VersionTable<YearState> YEARS = new VersionTable<>() {
        @Override
        public String table() {
            return "accountability_version";
        }

        @Override
        public String idColumn() {
            return "accountability_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "year", "assessment", "recommendation", "remark",
                    "assessment_grounds", "assessed_on", "assessment_case_number", "assessment_paragraph",
                    "assessment_links", "outcome", "discharge_grounds", "decision_links", "version");
        }

        @Override
        public Object[] stateValues(YearState s) {
            AuditAssessmentIssued a = s.assessment();
            DischargeDecided d = s.discharge();
            Decision decision = d == null ? null : d.decision();
            return DecisionView.withValues(decision, s.unitId(), s.year(),
                    a == null ? null : a.assessment(), a == null ? null : a.recommendation().name(),
                    a == null ? null : a.remark(), a == null ? null : a.grounds(),
                    a == null ? null : Date.valueOf(a.document().issuedOn()),
                    a == null ? null : a.document().caseNumber(), a == null ? null : a.document().paragraph(),
                    a == null ? null : LinksJson.write(a.document().links()),
                    d == null ? null : d.outcome().name(), d == null ? null : d.grounds(),
                    d == null ? null : LinksJson.write(decision.links()), s.version());
        }
    };

    static final RelationTable<YearState> REPORTS = new RelationTable<>() {
        @Override
        public String table() {
            return "audit_report_version";
        }

        @Override
        public String idColumn() {
            return "accountability_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("report_id", "title", "conclusions", "issued_on", "case_number", "paragraph", "links");
        }

        @Override
        public List<Object[]> stateRows(YearState s) {
            return s.reports().stream().map(ReportState::report).map(r -> new Object[]{r.reportId(), r.title(),
                    r.conclusions(), Date.valueOf(r.document().issuedOn()), r.document().caseNumber(),
                    r.document().paragraph(), LinksJson.write(r.document().links())}).toList();
        }
    };

    static final VersionTable<AuditStatementIssued> STATEMENTS = new VersionTable<>() {
        @Override
        public String table() {
            return "audit_statement_version";
        }

        @Override
        public String idColumn() {
            return "statement_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("year", "summary", "issued_on", "case_number", "paragraph", "links");
        }

        @Override
        public Object[] stateValues(AuditStatementIssued s) {
            return new Object[]{s.year(), s.summary(), Date.valueOf(s.document().issuedOn()),
                    s.document().caseNumber(), s.document().paragraph(), LinksJson.write(s.document().links())};
        }
    };

    static final VersionTable<PresidiumElected> PRESIDIA = new VersionTable<>() {
        @Override
        public String table() {
            return "presidium_version";
        }

        @Override
        public String idColumn() {
            return "presidium_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "starts_on", "ends_on", "decision_links");
        }

        @Override
        public Object[] stateValues(PresidiumElected s) {
            return DecisionView.withValues(s.decision(), s.unitId(), Date.valueOf(s.term().startsOn()),
                    Date.valueOf(s.term().endsOn()), LinksJson.write(s.decision().links()));
        }
    };

    static final RelationTable<PresidiumElected> HOLDERS = new RelationTable<>() {
        @Override
        public String table() {
            return "presidium_holder_version";
        }

        @Override
        public String idColumn() {
            return "presidium_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("role", "name", "party");
        }

        @Override
        public List<Object[]> stateRows(PresidiumElected s) {
            return s.officeHolders().stream().map((OfficeHolder h) -> new Object[]{h.role().name(), h.name(),
                    h.party()}).toList();
        }
    };

    /**
     * A year's ansvarsprövning in {@link #YEARS} and its revisionsrapporter in {@link #REPORTS}: the revisorer's
     * documents take effect on the day they were issued, the discharge from the fullmäktige's decision.
     */
    static final BitemporalModel<YearState> YEAR = BitemporalModel.writing(YEARS, REPORTS)
            .on(AuditReportIssued.class, AuditReportIssued::accountabilityId, (e, version) -> new Timeline.Change<>(
                    e.document().issuedOn(), version, s -> {
                        YearState base = s != null ? s
                                : new YearState(e.unitId(), e.year(), List.of(), null, null, version);
                        List<ReportState> reports = new ArrayList<>(base.reports());
                        reports.add(new ReportState(e));
                        return new YearState(base.unitId(), base.year(), List.copyOf(reports), base.assessment(),
                                base.discharge(), version);
                    }))
            .on(AuditAssessmentIssued.class, AuditAssessmentIssued::accountabilityId,
                    (e, version) -> new Timeline.Change<>(e.document().issuedOn(), version, s -> s == null
                            ? new YearState(e.unitId(), e.year(), List.of(), e, null, version)
                            : new YearState(s.unitId(), s.year(), s.reports(), e, s.discharge(), version)))
            .on(DischargeDecided.class, DischargeDecided::accountabilityId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> s == null
                    ? new YearState(e.unitId(), e.year(), List.of(), null, e, version)
                    : new YearState(s.unitId(), s.year(), s.reports(), s.assessment(), e, version)));

    /** One event per aggregate, never changed afterwards: its only version starts the day it was issued. */
    static final BitemporalModel<AuditStatementIssued> STATEMENT = BitemporalModel.writing(STATEMENTS)
            .on(AuditStatementIssued.class, AuditStatementIssued::statementId,
                    (e, version) -> new Timeline.Change<>(e.document().issuedOn(), version, s -> e));

    /** Each election is its own aggregate of one event; a fyllnadsval is a later election, read together at query. */
    static final BitemporalModel<PresidiumElected> PRESIDIUM = BitemporalModel.writing(PRESIDIA, HOLDERS)
            .on(PresidiumElected.class, PresidiumElected::presidiumId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> e));

    public AccountabilityProjection(ModelWriter writer) {
        super(writer, YEAR, STATEMENT, PRESIDIUM);
    }
}
