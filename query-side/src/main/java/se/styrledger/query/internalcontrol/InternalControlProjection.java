package se.styrledger.query.internalcontrol;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.internalcontrol.Control;
import se.styrledger.events.internalcontrol.ControlPerformed;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.events.internalcontrol.InternalControlReportedToExecutiveBoard;
import se.styrledger.events.internalcontrol.Remedy;
import se.styrledger.events.internalcontrol.RemedyRecorded;
import se.styrledger.events.internalcontrol.Risk;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionTable;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Projects each nämnd's internkontrollplan into four bitemporal tables from one fold: the plan with its uppföljning
 * to KS, its risks, its kontrollmoment with their latest results, and its avvikelser with their åtgärder. A result
 * takes effect on the day the control was performed, an åtgärd on the day it was decided.
 */
@Component
@ProcessingGroup(InternalControlProjection.PROCESSING_GROUP)
class InternalControlProjection extends BitemporalProjection {

    static final String PROCESSING_GROUP = "internal-control";

    record ControlState(Control control, LocalDate performedOn, String result, int deviationsFound) {
    }

    record DeviationState(UUID deviationId, UUID controlId, LocalDate foundOn, String description, Remedy remedy,
                          String noRemedyReason, LocalDate answeredOn) {
    }

    record PlanState(UUID unitId, int year, List<Risk> risks, List<ControlState> controls,
                     List<DeviationState> deviations, Decision report, String reportSummary, int version,
                     Decision decision) {

        PlanState with(List<ControlState> controls, List<DeviationState> deviations, Decision report,
                       String reportSummary, int version) {
            return new PlanState(unitId, year, risks, controls, deviations, report, reportSummary, version, decision);
        }
    }

    static final VersionTable<PlanState> PLANS = new VersionTable<>() {
        @Override
        public String table() {
            return "internal_control_plan_version";
        }

        @Override
        public String idColumn() {
            return "plan_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "year", "reported_on", "report_paragraph", "report_case_number",
                    "report_summary", "version");
        }

        @Override
        public Object[] stateValues(PlanState s) {
            return DecisionView.withValues(s.decision(), s.unitId(), s.year(),
                    s.report() == null ? null : Date.valueOf(s.report().decidedOn()),
                    s.report() == null ? null : s.report().paragraph(),
                    s.report() == null ? null : s.report().caseNumber(), s.reportSummary(), s.version());
        }
    };

    static final RelationTable<PlanState> RISKS = new RelationTable<>() {
        @Override
        public String table() {
            return "internal_control_risk_version";
        }

        @Override
        public String idColumn() {
            return "plan_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("risk_id", "description", "likelihood", "consequence");
        }

        @Override
        public List<Object[]> stateRows(PlanState s) {
            return s.risks().stream().map(r -> new Object[]{r.riskId(), r.description(), r.likelihood(),
                    r.consequence()}).toList();
        }
    };

    static final RelationTable<PlanState> CONTROLS = new RelationTable<>() {
        @Override
        public String table() {
            return "internal_control_control_version";
        }

        @Override
        public String idColumn() {
            return "plan_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("control_id", "what", "how", "responsible", "due", "frequency", "risk_id", "performed_on",
                    "result", "deviations_found");
        }

        @Override
        public List<Object[]> stateRows(PlanState s) {
            return s.controls().stream().map(c -> new Object[]{c.control().controlId(), c.control().what(),
                    c.control().how(), c.control().responsible(), Date.valueOf(c.control().due()),
                    c.control().frequency(), c.control().riskId(), date(c.performedOn()), c.result(),
                    c.deviationsFound()}).toList();
        }
    };

    static final RelationTable<PlanState> DEVIATIONS = new RelationTable<>() {
        @Override
        public String table() {
            return "internal_control_deviation_version";
        }

        @Override
        public String idColumn() {
            return "plan_id";
        }

        @Override
        public List<String> stateColumns() {
            return List.of("deviation_id", "control_id", "found_on", "description", "remedy_action",
                    "remedy_responsible", "remedy_due", "no_remedy_reason", "answered_on");
        }

        @Override
        public List<Object[]> stateRows(PlanState s) {
            return s.deviations().stream().map(d -> new Object[]{d.deviationId(), d.controlId(),
                    Date.valueOf(d.foundOn()), d.description(), d.remedy() == null ? null : d.remedy().action(),
                    d.remedy() == null ? null : d.remedy().responsible(),
                    d.remedy() == null ? null : date(d.remedy().due()), d.noRemedyReason(),
                    date(d.answeredOn())}).toList();
        }
    };

    /**
     * An internkontrollplan with its risks, controls and deviations: adopted by a decision, a control from the day
     * it was performed, a remedy from the day it was decided, the report from the styrelse's decision.
     */
    static final BitemporalModel<PlanState> MODEL = BitemporalModel.writing(PLANS, RISKS, CONTROLS, DEVIATIONS)
            .on(InternalControlPlanAdopted.class, InternalControlPlanAdopted::planId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version,
                            s -> new PlanState(e.unitId(), e.year(), List.copyOf(e.risks()), e.controls().stream()
                                    .map(c -> new ControlState(c, null, null, 0)).toList(), List.of(), null, null,
                                    version, e.decision())))
            .on(ControlPerformed.class, ControlPerformed::planId, (e, version) -> new Timeline.Change<>(
                    e.performedOn(), version, s -> {
                        if (s == null) {
                            return null;
                        }
                        List<ControlState> controls = s.controls().stream().map(c -> !c.control().controlId()
                                .equals(e.controlId()) ? c : new ControlState(c.control(), e.performedOn(),
                                e.result(), c.deviationsFound() + (e.deviation() == null ? 0 : 1))).toList();
                        List<DeviationState> deviations = new ArrayList<>(s.deviations());
                        if (e.deviation() != null) {
                            deviations.add(new DeviationState(e.deviation().deviationId(), e.controlId(),
                                    e.performedOn(), e.deviation().description(), null, null, null));
                        }
                        return s.with(controls, List.copyOf(deviations), s.report(), s.reportSummary(), version);
                    }))
            .on(RemedyRecorded.class, RemedyRecorded::planId, (e, version) -> new Timeline.Change<>(e.decidedOn(),
                    version, s -> s == null ? null : s.with(s.controls(),
                    s.deviations().stream().map(d -> !d.deviationId().equals(e.deviationId()) ? d
                            : new DeviationState(d.deviationId(), d.controlId(), d.foundOn(), d.description(),
                            e.remedy(), e.noRemedyReason(), e.decidedOn())).toList(),
                    s.report(), s.reportSummary(), version)))
            .on(InternalControlReportedToExecutiveBoard.class, InternalControlReportedToExecutiveBoard::planId,
                    (e, version) -> new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> s == null ? null
                            : s.with(s.controls(), s.deviations(), e.decision(), e.summary(), version)));

    public InternalControlProjection(ModelWriter writer) {
        super(writer, MODEL);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
