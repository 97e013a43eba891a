package se.styrledger.command.followup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.followup.FollowUpCommands.CorrectIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.ReportIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.WithdrawIndicatorValue;
import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.indicators.Period;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One utfall of an indikator: a figure for one unit and one period. It never changes; a correction is a new value
 * that names this one and the reason. One current value per indicator, unit and period is kept by the
 * command side's lookup, under a lock per series.
 */
@Aggregate
public class IndicatorValue {

    private static final int MAX_REASON = 2000;

    @AggregateIdentifier
    private UUID valueId;
    private UUID indicatorId;
    private UUID unitId;
    private Period period;
    private boolean withdrawn;

    protected IndicatorValue() {
    }

    @CommandHandler
    public IndicatorValue(ReportIndicatorValue command, FollowUpDirectory followUp, GoalDirectory goals,
                          UnitDirectory units, Clock clock) {
        if (command.valueId() == null) {
            throw LedgerException.invalid("valueId", "Värdets id saknas.");
        }
        if (!goals.indicatorExists(command.indicatorId())) {
            throw LedgerException.invalid("indicatorId", "Indikatorn " + command.indicatorId() + " finns inte.");
        }
        Period period = ValueChecks.requirePeriod(command.period(), clock);
        UnitDirectory.Unit unit = units.find(command.unitId()).orElseThrow(() -> LedgerException.invalid("unitId",
                "Enheten " + command.unitId() + " finns inte i organisationen."));
        if (unit.establishedOn().isAfter(period.end())) {
            throw LedgerException.invalid("unitId", "Enheten fanns inte under perioden " + period.start() + "–"
                    + period.end() + ".");
        }
        ValueChecks.requireFigure(command.value(), command.genderSplit());
        String source = ValueChecks.requireSource(command.source());

        followUp.lockSeries(command.indicatorId(), command.unitId(), period);
        followUp.currentValue(command.indicatorId(), command.unitId(), period).ifPresent(existing -> {
            throw LedgerException.ruleViolation("R-23", "period", "Det finns redan ett värde (" + existing.valueId()
                    + ") för indikatorn, enheten och perioden. Ett värde ändras bara genom en korrigering som anger"
                    + " vilket värde den ersätter och skälet.");
        });
        followUp.lockReportsShared();
        UUID lateFor = closedReportCovering(followUp, period);
        apply(new IndicatorValueReported(command.valueId(), command.indicatorId(), command.unitId(), period,
                command.value(), command.genderSplit(), source, lateFor));
    }

    @CommandHandler
    public IndicatorValue(CorrectIndicatorValue command, FollowUpDirectory followUp) {
        if (command.valueId() == null) {
            throw LedgerException.invalid("valueId", "Det nya värdets id saknas.");
        }
        FollowUpDirectory.Value superseded = followUp.value(command.supersedesValueId()).orElseThrow(() ->
                LedgerException.notFound("Värdet " + command.supersedesValueId() + " finns inte."));
        if (command.reason() == null || command.reason().isBlank()) {
            throw LedgerException.ruleViolation("R-23", "reason",
                    "Skäl saknas: en korrigering anger varför det tidigare värdet ersätts.");
        }
        if (command.reason().length() > MAX_REASON) {
            throw LedgerException.invalid("reason", "Skälet får vara högst " + MAX_REASON + " tecken.");
        }
        ValueChecks.requireFigure(command.value(), command.genderSplit());
        String source = ValueChecks.requireSource(command.source());

        followUp.lockSeries(superseded.indicatorId(), superseded.unitId(), superseded.period());
        FollowUpDirectory.Value current = followUp.currentValue(superseded.indicatorId(), superseded.unitId(),
                superseded.period()).orElseThrow();
        if (!current.valueId().equals(superseded.valueId())) {
            throw LedgerException.ruleViolation("R-23", "supersedesValueId", "Värdet " + superseded.valueId()
                    + " är redan ersatt; korrigera det gällande värdet " + current.valueId() + ".");
        }
        followUp.lockReportsShared();
        UUID afterClosed = closedReportCovering(followUp, superseded.period());
        apply(new IndicatorValueCorrected(command.valueId(), superseded.valueId(), superseded.indicatorId(),
                superseded.unitId(), superseded.period(), command.value(), command.genderSplit(), source,
                command.reason().strip(), afterClosed));
    }

    /** Withdraws the value in force without a replacement, e.g. when its source deleted the figure. */
    @CommandHandler
    public void handle(WithdrawIndicatorValue command, FollowUpDirectory followUp) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw LedgerException.invalid("reason", "Skäl saknas: ange varför värdet dras tillbaka.");
        }
        if (command.reason().length() > MAX_REASON) {
            throw LedgerException.invalid("reason", "Skälet får vara högst " + MAX_REASON + " tecken.");
        }
        followUp.lockSeries(indicatorId, unitId, period);
        boolean current = !withdrawn && followUp.currentValue(indicatorId, unitId, period)
                .filter(value -> value.valueId().equals(valueId)).isPresent();
        if (!current) {
            throw LedgerException.ruleViolation("R-23", "valueId", "Värdet " + valueId + " är inte det gällande"
                    + " värdet för sin serie och kan inte dras tillbaka.");
        }
        apply(new IndicatorValueWithdrawn(valueId, indicatorId, unitId, period, command.reason().strip()));
    }

    @EventSourcingHandler
    void on(IndicatorValueReported event) {
        valueId = event.valueId();
        indicatorId = event.indicatorId();
        unitId = event.unitId();
        period = event.period();
    }

    @EventSourcingHandler
    void on(IndicatorValueCorrected event) {
        valueId = event.valueId();
        indicatorId = event.indicatorId();
        unitId = event.unitId();
        period = event.period();
    }

    @EventSourcingHandler
    void on(IndicatorValueWithdrawn event) {
        withdrawn = true;
    }

    /** The report that should show a value of this period, if it is already closed: the value comes late. */
    private static UUID closedReportCovering(FollowUpDirectory followUp, Period period) {
        return followUp.firstReportCovering(period).filter(report -> !report.isOpen())
                .map(FollowUpDirectory.Report::reportId).orElse(null);
    }
}
