package se.styrledger.command.internalcontrol;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.Decision;
import se.styrledger.events.internalcontrol.Control;
import se.styrledger.events.internalcontrol.ControlPerformed;
import se.styrledger.events.internalcontrol.Deviation;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.events.internalcontrol.InternalControlReportedToExecutiveBoard;
import se.styrledger.events.internalcontrol.Remedy;
import se.styrledger.events.internalcontrol.RemedyRecorded;
import se.styrledger.events.internalcontrol.Risk;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A nämnd's internkontrollplan for one year (KL 6 kap 6 §): adopted by the nämnd itself with its riskanalys,
 * its kontrollmoment, the result of each control, the åtgärd or recorded reason for each avvikelse, and the
 * nämnd's uppföljning to KS. Its id follows from the nämnd and year: one plan per nämnd and year.
 */
@Aggregate
public class InternalControlPlan {

    private static final int LOWEST_SCORE = 1;
    private static final int HIGHEST_SCORE = 4;

    public record AdoptInternalControlPlan(UUID planId, UUID unitId, Integer year, List<Risk> risks,
                                           List<Control> controls, Decision decision)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.decidingBodyAnd(decision, unitId);
        }
    }

    public record RecordControlPerformed(@TargetAggregateIdentifier UUID planId, UUID controlId,
                                         LocalDate performedOn, String result, Deviation deviation)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return lookups.internalControlPlanUnit(planId).map(RecordingScope::units).orElse(RecordingScope.council());
        }
    }

    public record RecordRemedy(@TargetAggregateIdentifier UUID planId, UUID deviationId, Remedy remedy,
                               String noRemedyReason, LocalDate decidedOn)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return lookups.internalControlPlanUnit(planId).map(RecordingScope::units).orElse(RecordingScope.council());
        }
    }

    public record ReportInternalControlToExecutiveBoard(@TargetAggregateIdentifier UUID planId, String summary,
                                                        Decision decision)
            implements RecordsDecision {
    }

    @AggregateIdentifier
    private UUID planId;
    private UUID unitId;
    private int year;
    private final Set<UUID> controls = new HashSet<>();
    /** Each avvikelse found, and whether it has an åtgärd or a recorded reason yet. */
    private final Map<UUID, Boolean> deviationsAnswered = new HashMap<>();

    protected InternalControlPlan() {
    }

    /** The one plan of a nämnd and year. */
    public static UUID idFor(UUID unitId, int year) {
        return UUID.nameUUIDFromBytes(("internal-control-plan|" + unitId + "|" + year)
                .getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    public InternalControlPlan(AdoptInternalControlPlan command, UnitDirectory units, Clock clock) {
        requireOwnBoard(command.unitId(), command.decision(), units, clock);
        if (command.year() == null || command.year() < command.decision().decidedOn().getYear()
                || command.year() > command.decision().decidedOn().getYear() + 1) {
            throw LedgerException.ruleViolation("R-42", "year", "Internkontrollplanen gäller ett år: året den antas"
                    + " eller nästa år.");
        }
        List<Risk> risks = requireRisks(command.risks());
        List<Control> controls = requireControls(command.controls(), command.year(), risks);
        apply(new InternalControlPlanAdopted(command.planId(), command.unitId(), command.year(), risks, controls,
                command.decision()));
    }

    @CommandHandler
    public void handle(RecordControlPerformed command, Clock clock) {
        if (command.controlId() == null || !controls.contains(command.controlId())) {
            throw LedgerException.invalid("controlId", "Kontrollmomentet " + command.controlId()
                    + " finns inte i planen.");
        }
        if (command.performedOn() == null || command.performedOn().isAfter(LocalDate.now(clock))
                || command.performedOn().getYear() < year) {
            throw LedgerException.invalid("performedOn", "Ange dagen kontrollen utfördes: under planens år eller"
                    + " senare, och inte i framtiden.");
        }
        String result = Fields.requireText(command.result(), "result", "Resultatet", 4000);
        Deviation deviation = null;
        if (command.deviation() != null) {
            UUID id = command.deviation().deviationId() != null ? command.deviation().deviationId() : UUID.randomUUID();
            if (deviationsAnswered.containsKey(id)) {
                throw LedgerException.conflict("Avvikelsen " + id + " är redan registrerad.");
            }
            deviation = new Deviation(id, Fields.requireText(command.deviation().description(),
                    "deviation.description", "Avvikelsen", 4000));
        }
        apply(new ControlPerformed(planId, command.controlId(), command.performedOn(), result, deviation));
    }

    @CommandHandler
    public void handle(RecordRemedy command, Clock clock) {
        if (command.deviationId() == null || !deviationsAnswered.containsKey(command.deviationId())) {
            throw LedgerException.invalid("deviationId", "Avvikelsen " + command.deviationId()
                    + " finns inte i planen.");
        }
        if (command.decidedOn() == null || command.decidedOn().isAfter(LocalDate.now(clock))) {
            throw LedgerException.invalid("decidedOn", "Ange dagen åtgärden (eller skälet) beslutades.");
        }
        Remedy remedy = requireRemedyOrReason(command.remedy(), command.noRemedyReason());
        apply(new RemedyRecorded(planId, command.deviationId(), remedy,
                remedy == null ? command.noRemedyReason().strip() : null, command.decidedOn()));
    }

    @CommandHandler
    public void handle(ReportInternalControlToExecutiveBoard command, UnitDirectory units, Clock clock) {
        requireOwnBoard(unitId, command.decision(), units, clock);
        requireEveryDeviationAnswered();
        apply(new InternalControlReportedToExecutiveBoard(planId,
                Fields.requireText(command.summary(), "summary", "Sammanfattningen", 8000), command.decision()));
    }

    @EventSourcingHandler
    void on(InternalControlPlanAdopted event) {
        planId = event.planId();
        unitId = event.unitId();
        year = event.year();
        event.controls().forEach(control -> controls.add(control.controlId()));
    }

    @EventSourcingHandler
    void on(ControlPerformed event) {
        if (event.deviation() != null) {
            deviationsAnswered.put(event.deviation().deviationId(), false);
        }
    }

    @EventSourcingHandler
    void on(RemedyRecorded event) {
        deviationsAnswered.put(event.deviationId(), true);
    }

    /** the nämnd (or KS for its own area) adopts its own internkontrollplan. */
    private static void requireOwnBoard(UUID unitId, Decision decision, UnitDirectory units, Clock clock) {
        if (unitId == null) {
            throw LedgerException.invalid("unitId", "Ange nämnden (unitId).");
        }
        UnitDirectory.Unit unit = units.find(unitId).orElseThrow(() -> LedgerException.invalid("unitId",
                "Enheten " + unitId + " finns inte i organisationen."));
        if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.ruleViolation("R-42", "unitId", "En internkontrollplan antas av en nämnd eller"
                    + " kommunstyrelsen, inte av en " + unit.kind().swedish() + ".");
        }
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (!body.unitId().equals(unitId)) {
            throw LedgerException.ruleViolation("R-42", "decision.decidedBy",
                    "Nämnden antar och följer upp sin egen internkontrollplan (KL 6 kap 6 §).");
        }
    }

    /** the riskanalys scores each risk 1–4 for sannolikhet and for konsekvens. */
    private static List<Risk> requireRisks(List<Risk> given) {
        List<Risk> risks = new ArrayList<>();
        List<Risk> all = given == null ? List.of() : given;
        if (all.isEmpty()) {
            throw LedgerException.ruleViolation("R-42", "risks", "Planen bygger på en riskanalys: ange minst en risk.");
        }
        for (int i = 0; i < all.size(); i++) {
            Risk risk = all.get(i);
            String field = "risks[" + i + "]";
            if (risk == null) {
                throw LedgerException.invalid(field, "Risken saknas.");
            }
            requireScore(risk.likelihood(), field + ".likelihood", "Sannolikheten");
            requireScore(risk.consequence(), field + ".consequence", "Konsekvensen");
            risks.add(new Risk(risk.riskId() != null ? risk.riskId() : UUID.randomUUID(),
                    Fields.requireText(risk.description(), field + ".description", "Risken", 2000),
                    risk.likelihood(), risk.consequence()));
        }
        return risks;
    }

    private static void requireScore(int score, String field, String name) {
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw LedgerException.ruleViolation("R-42", field, name + " bedöms på skalan 1–4.");
        }
    }

    /** every kontrollmoment names what is checked, how, who is responsible and when (and how often). */
    private static List<Control> requireControls(List<Control> given, int year, List<Risk> risks) {
        Set<UUID> riskIds = new HashSet<>();
        risks.forEach(risk -> riskIds.add(risk.riskId()));
        List<Control> controls = new ArrayList<>();
        List<Control> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            Control control = all.get(i);
            String field = "controls[" + i + "]";
            if (control == null) {
                throw LedgerException.invalid(field, "Kontrollmomentet saknas.");
            }
            String what = requireRuleText(control.what(), field + ".what", "Vad som kontrolleras");
            String how = requireRuleText(control.how(), field + ".how", "Hur det kontrolleras");
            String responsible = requireRuleText(control.responsible(), field + ".responsible", "Ansvarig");
            String frequency = requireRuleText(control.frequency(), field + ".frequency", "Hur ofta");
            if (control.due() == null || control.due().getYear() != year) {
                throw LedgerException.ruleViolation("R-43", field + ".due",
                        "Ange när kontrollen ska vara gjord: ett datum under planens år (" + year + ").");
            }
            if (control.riskId() != null && !riskIds.contains(control.riskId())) {
                throw LedgerException.invalid(field + ".riskId", "Risken " + control.riskId() + " finns inte i planen.");
            }
            controls.add(new Control(control.controlId() != null ? control.controlId() : UUID.randomUUID(), what,
                    how, responsible, control.due(), frequency, control.riskId()));
        }
        return controls;
    }

    private static String requireRuleText(String value, String field, String name) {
        if (value == null || value.isBlank()) {
            throw LedgerException.ruleViolation("R-43", field, name + " saknas i kontrollmomentet.");
        }
        return Fields.requireText(value, field, name, 2000);
    }

    /** an avvikelse gets an åtgärd (what, who, by when) or a recorded reason why none is taken. */
    private static Remedy requireRemedyOrReason(Remedy remedy, String noRemedyReason) {
        boolean hasReason = noRemedyReason != null && !noRemedyReason.isBlank();
        if (remedy == null && !hasReason) {
            throw LedgerException.ruleViolation("R-44", "remedy",
                    "En avvikelse får en åtgärd, eller ett registrerat skäl till att ingen åtgärd vidtas.");
        }
        if (remedy != null && hasReason) {
            throw LedgerException.invalid("noRemedyReason", "Ange antingen en åtgärd eller ett skäl, inte båda.");
        }
        if (remedy == null) {
            Fields.requireText(noRemedyReason, "noRemedyReason", "Skälet", 4000);
            return null;
        }
        if (remedy.due() == null) {
            throw LedgerException.ruleViolation("R-44", "remedy.due", "Ange när åtgärden ska vara genomförd.");
        }
        return new Remedy(Fields.requireText(remedy.action(), "remedy.action", "Åtgärden", 4000),
                Fields.requireText(remedy.responsible(), "remedy.responsible", "Ansvarig", 200), remedy.due());
    }

    /** the nämnd's uppföljning to KS answers every avvikelse with an åtgärd or a reason. */
    private void requireEveryDeviationAnswered() {
        long open = deviationsAnswered.values().stream().filter(answered -> !answered).count();
        if (open > 0) {
            throw LedgerException.ruleViolation("R-44", "planId", open + " avvikelse(r) saknar åtgärd eller"
                    + " registrerat skäl; uppföljningen till kommunstyrelsen ska besvara varje avvikelse.");
        }
    }
}
