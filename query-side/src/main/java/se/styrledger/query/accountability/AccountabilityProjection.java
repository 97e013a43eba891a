package se.styrledger.query.accountability;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.accountability.AuditAssessmentIssued;
import se.styrledger.events.accountability.AuditReportIssued;
import se.styrledger.events.accountability.AuditStatementIssued;
import se.styrledger.events.accountability.DischargeDecided;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.PresidiumElected;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

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
class AccountabilityProjection {

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

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public AccountabilityProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AuditReportIssued event, DomainEventMessage<?> message) {
        refoldYear(event.accountabilityId(), message);
    }

    @EventHandler
    void on(AuditAssessmentIssued event, DomainEventMessage<?> message) {
        refoldYear(event.accountabilityId(), message);
    }

    @EventHandler
    void on(DischargeDecided event, DomainEventMessage<?> message) {
        refoldYear(event.accountabilityId(), message);
    }

    /** One event per aggregate, never changed afterwards: its only version starts the day it was issued. */
    @EventHandler
    void on(AuditStatementIssued event, DomainEventMessage<?> message) {
        writer.write(STATEMENTS, event.statementId(), List.of(new Timeline.Version<>(event.document().issuedOn(),
                null, event)), message.getTimestamp(), writer.positionOf(message.getIdentifier()));
    }

    /** Each election is its own aggregate of one event; a fyllnadsval is a later election, read together at query. */
    @EventHandler
    void on(PresidiumElected event, DomainEventMessage<?> message) {
        List<Timeline.Version<PresidiumElected>> versions = List.of(new Timeline.Version<>(
                event.decision().effectiveFrom(), null, event));
        long position = writer.positionOf(message.getIdentifier());
        for (VersionTable<PresidiumElected> table : List.of(PRESIDIA, HOLDERS)) {
            writer.write(table, event.presidiumId(), versions, message.getTimestamp(), position);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("accountability_version", "audit_report_version", "audit_statement_version",
                "presidium_version", "presidium_holder_version")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private void refoldYear(UUID accountabilityId, DomainEventMessage<?> message) {
        List<Timeline.Version<YearState>> versions = Timeline.fold(NumberedChanges.from(history.upTo(message),
                (event, version) -> change(accountabilityId, event.getPayload(), version)));
        long position = writer.positionOf(message.getIdentifier());
        for (VersionTable<YearState> table : List.of(YEARS, REPORTS)) {
            writer.write(table, accountabilityId, versions, message.getTimestamp(), position);
        }
    }

    static Timeline.Change<YearState> change(UUID accountabilityId, Object payload, int version) {
        if (payload instanceof AuditReportIssued e && e.accountabilityId().equals(accountabilityId)) {
            return new Timeline.Change<>(e.document().issuedOn(), version, s -> {
                YearState base = s != null ? s : new YearState(e.unitId(), e.year(), List.of(), null, null, version);
                List<ReportState> reports = new ArrayList<>(base.reports());
                reports.add(new ReportState(e));
                return new YearState(base.unitId(), base.year(), List.copyOf(reports), base.assessment(),
                        base.discharge(), version);
            });
        }
        if (payload instanceof AuditAssessmentIssued e && e.accountabilityId().equals(accountabilityId)) {
            return new Timeline.Change<>(e.document().issuedOn(), version, s -> s == null
                    ? new YearState(e.unitId(), e.year(), List.of(), e, null, version)
                    : new YearState(s.unitId(), s.year(), s.reports(), e, s.discharge(), version));
        }
        if (payload instanceof DischargeDecided e && e.accountabilityId().equals(accountabilityId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null
                    ? new YearState(e.unitId(), e.year(), List.of(), null, e, version)
                    : new YearState(s.unitId(), s.year(), s.reports(), s.assessment(), e, version));
        }
        return null;
    }
}
