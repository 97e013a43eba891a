package se.styrledger.command.followup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.followup.FollowUpCommands.RecordAssessment;
import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.events.followup.AssessmentRecorded;
import se.styrledger.platform.web.LedgerException;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A judgement of måluppfyllelse: one goal, one report, one level, the analysis behind it and who made it.
 * It goes into an open report only; a closed report is frozen.
 */
@Aggregate
public class Assessment {

    private static final int MAX_ANALYSIS = 20_000;
    private static final int MAX_ASSESSED_BY = 200;

    @AggregateIdentifier
    private UUID assessmentId;

    protected Assessment() {
    }

    @CommandHandler
    public Assessment(RecordAssessment command, FollowUpDirectory followUp, GoalDirectory goals) {
        if (command.assessmentId() == null) {
            throw LedgerException.invalid("assessmentId", "Bedömningens id saknas.");
        }
        GoalDirectory.Goal goal = goals.find(command.goalId()).orElseThrow(() -> LedgerException.ruleViolation("R-22",
                "goalId", "Ange vilket mål som bedöms: målet " + command.goalId() + " finns inte."));
        if (goal.kind() != GoalKind.EFFECT_GOAL && goal.kind() != GoalKind.DIRECTION_GOAL) {
            throw LedgerException.ruleViolation("R-22", "goalId",
                    "Måluppfyllelse bedöms för effektmål och inriktningsmål, inte för en vision eller inriktning.");
        }
        if (command.level() == null) {
            throw LedgerException.ruleViolation("R-22", "level", "Nivå saknas: ange FULFILLED (uppfyllt),"
                    + " PARTLY_FULFILLED (delvis uppfyllt), NOT_FULFILLED (ej uppfyllt) eller NOT_ASSESSED (ej bedömt).");
        }
        String analysis = requireText(command.analysis(), "analysis", "Analys saknas: förklara varför resultatet"
                + " ser ut som det gör, eller varför målet inte bedöms.", MAX_ANALYSIS);
        String assessedBy = requireText(command.assessedBy(), "assessedBy",
                "Ange vem som har gjort bedömningen (person eller organ).", MAX_ASSESSED_BY);

        followUp.lockReportsShared();
        FollowUpDirectory.Report report = followUp.report(command.reportId()).orElseThrow(() ->
                LedgerException.ruleViolation("R-22", "reportId", "Ange i vilken rapport målet bedöms: rapporten "
                        + command.reportId() + " finns inte."));
        if (!report.isOpen()) {
            throw LedgerException.ruleViolation("R-21", "reportId", "Rapporten (" + report.kind().swedish() + " "
                    + report.year() + ") är stängd och ändras inte. Bedöm målet i nästa rapport.");
        }
        boolean ofTheYear = goal.kind() == GoalKind.EFFECT_GOAL
                ? goal.fromYear() != null && goal.fromYear() == report.year()
                : goal.coversYear(report.year());
        if (!ofTheYear || goal.inForceFrom().isAfter(report.cutOff())) {
            throw LedgerException.ruleViolation("R-22", "goalId", "Målet gäller inte under rapportens period ("
                    + report.kind().swedish() + " " + report.year() + ", brytdatum " + report.cutOff() + ").");
        }
        apply(new AssessmentRecorded(command.assessmentId(), report.reportId(), goal.goalId(), command.level(),
                analysis, assessedBy));
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessmentId = event.assessmentId();
    }

    private static String requireText(String value, String field, String missing, int max) {
        if (value == null || value.isBlank()) {
            throw LedgerException.ruleViolation("R-22", field, missing);
        }
        if (value.length() > max) {
            throw LedgerException.invalid(field, "Texten får vara högst " + max + " tecken.");
        }
        return value.strip();
    }
}
