package se.styrledger.command.indicators;

import se.styrledger.command.support.ScopeLookups;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.RecordingScope;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.support.Fields;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.platform.web.LedgerException;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An indikator (nyckeltal): what is measured, how, and where the values come from. Defining one is staff work, not a
 * political decision; attaching it to a goal with a målvärde is decided (R-14, on the goal).
 */
@Aggregate
public class Indicator {

    /** Kolada's KPI ids: a letter and five digits, e.g. N00002 or U07414. */
    private static final Pattern KOLADA_KPI = Pattern.compile("[A-Z]\\d{5}");

    public record DefineIndicator(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                                  IndicatorSource source, String koladaKpiId, String description,
                                  Boolean genderSplitAvailable) implements RecordsForUnits {

        public DefineIndicator(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId) {
            this(indicatorId, name, unitOfMeasure, direction, source, koladaKpiId, null, null);
        }

        /** The indicator catalogue is the whole kommun's, shared by every nämnd: kept by KS or KF. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.kommunLeadership();
        }
    }

    public record ReviseIndicator(@TargetAggregateIdentifier UUID indicatorId, String name, String unitOfMeasure,
                                  IndicatorDirection direction, IndicatorSource source, String koladaKpiId,
                                  String description, Boolean genderSplitAvailable) implements RecordsForUnits {

        public ReviseIndicator(UUID indicatorId, String name, String unitOfMeasure, IndicatorDirection direction,
                               IndicatorSource source, String koladaKpiId) {
            this(indicatorId, name, unitOfMeasure, direction, source, koladaKpiId, null, null);
        }

        /** The indicator catalogue is the whole kommun's, shared by every nämnd: kept by KS or KF. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.kommunLeadership();
        }
    }

    @AggregateIdentifier
    private UUID indicatorId;

    protected Indicator() {
    }

    @CommandHandler
    public Indicator(DefineIndicator command) {
        apply(new IndicatorDefined(command.indicatorId(), name(command.name()), unit(command.unitOfMeasure()),
                direction(command.direction()), source(command.source()), kpi(command.source(), command.koladaKpiId()),
                description(command.description()), command.genderSplitAvailable()));
    }

    @CommandHandler
    public void handle(ReviseIndicator command) {
        apply(new IndicatorRevised(indicatorId, name(command.name()), unit(command.unitOfMeasure()),
                direction(command.direction()), source(command.source()), kpi(command.source(), command.koladaKpiId()),
                description(command.description()), command.genderSplitAvailable()));
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicatorId = event.indicatorId();
    }

    private static String name(String name) {
        return Fields.requireText(name, "name", "Indikatorns namn", 300);
    }

    private static String description(String description) {
        return Fields.optionalText(description, "description", "Beskrivning", 4000);
    }

    private static String unit(String unitOfMeasure) {
        return Fields.requireText(unitOfMeasure, "unitOfMeasure", "Måttenhet (t.ex. procent, antal, kr)", 50);
    }

    private static IndicatorDirection direction(IndicatorDirection direction) {
        if (direction == null) {
            throw LedgerException.invalid("direction", "Ange om högre (HIGHER_IS_BETTER) eller lägre (LOWER_IS_BETTER) värde är bättre.");
        }
        return direction;
    }

    private static IndicatorSource source(IndicatorSource source) {
        if (source == null) {
            throw LedgerException.invalid("source", "Ange källa: OWN_MEASUREMENT, KOLADA eller SURVEY.");
        }
        return source;
    }

    private static String kpi(IndicatorSource source, String koladaKpiId) {
        if (source != IndicatorSource.KOLADA) {
            if (koladaKpiId != null && !koladaKpiId.isBlank()) {
                throw LedgerException.invalid("koladaKpiId", "Kolada-id anges bara när källan är KOLADA.");
            }
            return null;
        }
        if (koladaKpiId == null || !KOLADA_KPI.matcher(koladaKpiId).matches()) {
            throw LedgerException.invalid("koladaKpiId", "Ange Koladas KPI-id, en bokstav och fem siffror, t.ex. N00002.");
        }
        return koladaKpiId;
    }
}
