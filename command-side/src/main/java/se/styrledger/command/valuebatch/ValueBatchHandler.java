package se.styrledger.command.valuebatch;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import se.styrledger.command.followup.FollowUpDirectory;
import se.styrledger.command.followup.ValueChecks;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.valuebatch.ValueBatch.Correct;
import se.styrledger.command.valuebatch.ValueBatch.ItemError;
import se.styrledger.command.valuebatch.ValueBatch.RecordReference;
import se.styrledger.command.valuebatch.ValueBatch.RecordValueBatch;
import se.styrledger.command.valuebatch.ValueBatch.Report;
import se.styrledger.command.valuebatch.ValueBatch.ValueChange;
import se.styrledger.command.valuebatch.ValueBatch.Withdraw;
import se.styrledger.command.valuebatch.ValueBatch.WithdrawReference;
import se.styrledger.command.valuebatch.ValueBatchLookups.Current;
import se.styrledger.command.valuebatch.ValueBatchLookups.ReferenceSeries;
import se.styrledger.command.valuebatch.ValueBatchLookups.Series;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.events.kolada.ReferenceValueRecorded;
import se.styrledger.events.kolada.ReferenceValueWithdrawn;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Records a batch of value changes under the same rules as the single commands ({@code IndicatorValue}: fields,
 * the indicator and unit exist, one current value per series and a correction names the current one, R-23; late
 * values flagged, R-21), but reads each lookup once for the batch and appends all events in one go. Each value is
 * a new {@code IndicatorValue} stream whose first event is the one its aggregate would apply, so the single
 * commands (and a withdrawal) work on it as on any other value.
 */
@Component
public class ValueBatchHandler {

    /** Axon's aggregate type of the single path, so both paths write the same streams. */
    static final String VALUE_TYPE = "IndicatorValue";
    static final String REFERENCE_TYPE = "ReferenceValue";
    public static final int MAX_ITEMS = 5_000;
    private static final int MAX_REASON = 2000;
    private static final int MAX_ERRORS = 100;
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private final EventBus events;
    private final ValueBatchLookups lookups;
    private final FollowUpDirectory followUp;
    private final UnitDirectory units;
    private final Clock clock;

    public ValueBatchHandler(EventBus events, ValueBatchLookups lookups, FollowUpDirectory followUp,
                             UnitDirectory units, Clock clock) {
        this.events = events;
        this.lookups = lookups;
        this.followUp = followUp;
        this.units = units;
        this.clock = clock;
    }

    /** Records every change or none; returns how many events were appended. */
    @CommandHandler
    public int handle(RecordValueBatch batch) {
        List<ValueChange> changes = batch.changes();
        if (changes == null || changes.isEmpty()) {
            throw LedgerException.invalid("items", "Batchen är tom.");
        }
        if (changes.size() > MAX_ITEMS) {
            throw LedgerException.invalid("items", "En batch får ha högst " + MAX_ITEMS + " poster.");
        }
        List<ItemError> errors = new ArrayList<>();
        Checked checked = new Checked(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            try {
                checkFields(changes.get(i), i, checked);
            } catch (LedgerException e) {
                errors.add(new ItemError(i, e.field(), e.rule(), e.getMessage()));
            }
        }
        refuseIf(errors);

        checkReferences(changes, checked, errors);
        refuseIf(errors);
        checkSeries(changes, checked, errors);
        refuseIf(errors);

        followUp.lockReportsShared();
        List<ValueBatchLookups.Report> reports = lookups.reports();
        MetaData metaData = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData()
                : MetaData.emptyInstance();
        List<DomainEventMessage<?>> messages = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            messages.add(event(changes.get(i), checked, i, reports, metaData));
        }
        events.publish(messages);
        return messages.size();
    }

    /** What the checks found out about each item, for building its event. */
    private static final class Checked {
        final Current[] superseded;
        final ValueBatchLookups.Reference[] referenceSuperseded;
        final String[] source;

        Checked(int size) {
            superseded = new Current[size];
            referenceSuperseded = new ValueBatchLookups.Reference[size];
            source = new String[size];
        }
    }

    private void checkFields(ValueChange change, int index, Checked checked) {
        if (change == null) {
            throw LedgerException.invalid("", "Posten saknas.");
        }
        if (change.valueId() == null) {
            throw LedgerException.invalid("valueId", "Värdets id saknas.");
        }
        if (change instanceof Report r) {
            if (r.indicatorId() == null) {
                throw LedgerException.invalid("indicatorId", "Indikatorn saknas.");
            }
            if (r.unitId() == null) {
                throw LedgerException.invalid("unitId", "Enheten saknas.");
            }
            ValueChecks.requirePeriod(r.period(), clock);
            ValueChecks.requireFigure(r.value(), r.genderSplit());
            checked.source[index] = ValueChecks.requireSource(r.source());
        } else if (change instanceof Correct c) {
            if (c.supersedesValueId() == null) {
                throw LedgerException.invalid("supersedesValueId", "Ange vilket värde korrigeringen ersätter.");
            }
            requireReason(c.reason(), true);
            ValueChecks.requireFigure(c.value(), c.genderSplit());
            checked.source[index] = ValueChecks.requireSource(c.source());
        } else if (change instanceof RecordReference r) {
            if (r.indicatorId() == null) {
                throw LedgerException.invalid("indicatorId", "Indikatorn saknas.");
            }
            if (r.municipalityId() == null || !MUNICIPALITY.matcher(r.municipalityId()).matches()) {
                throw LedgerException.invalid("municipalityId", "Ange Koladas kommun-id, fyra siffror, t.ex. 1287.");
            }
            if (r.municipalityName() == null || r.municipalityName().isBlank()) {
                throw LedgerException.invalid("municipalityName", "Kommunens namn saknas.");
            }
            ValueChecks.requirePeriod(new Period(PeriodKind.YEAR, r.year(), 1), clock);
            ValueChecks.requireFigure(r.value(), r.genderSplit());
            checked.source[index] = ValueChecks.requireSource(r.source());
            if (r.supersedesValueId() != null) {
                requireReason(r.reason(), true);
            }
        } else if (change instanceof Withdraw w) {
            requireReason(w.reason(), false);
        } else if (change instanceof WithdrawReference w) {
            requireReason(w.reason(), false);
        }
    }

    private static void requireReason(String reason, boolean correction) {
        if (reason == null || reason.isBlank()) {
            if (correction) {
                throw LedgerException.ruleViolation("R-23", "reason",
                        "Skäl saknas: en korrigering anger varför det tidigare värdet ersätts.");
            }
            throw LedgerException.invalid("reason", "Skäl saknas: ange varför värdet dras tillbaka.");
        }
        if (reason.length() > MAX_REASON) {
            throw LedgerException.invalid("reason", "Skälet får vara högst " + MAX_REASON + " tecken.");
        }
    }

    /** The kommun's own values: indicators and units exist, one current value per series. */
    private void checkSeries(List<ValueChange> changes, Checked checked, List<ItemError> errors) {
        Set<UUID> indicators = new HashSet<>();
        Map<UUID, Optional<UnitDirectory.Unit>> unitsById = new HashMap<>();
        Set<UUID> supersededIds = new HashSet<>();
        for (ValueChange change : changes) {
            if (change instanceof Report r) {
                indicators.add(r.indicatorId());
                unitsById.computeIfAbsent(r.unitId(), units::find);
            } else if (change instanceof Correct c) {
                supersededIds.add(c.supersedesValueId());
            } else if (change instanceof Withdraw w) {
                supersededIds.add(w.valueId());
            }
        }
        Set<UUID> existing = indicators.isEmpty() ? Set.of() : lookups.existingIndicators(indicators);
        Map<UUID, Current> named = supersededIds.isEmpty() ? Map.of() : lookups.values(supersededIds);

        Map<String, Series> series = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < changes.size() && errors.size() < MAX_ERRORS; i++) {
            ValueChange change = changes.get(i);
            Series s = null;
            if (change instanceof Report r) {
                if (!existing.contains(r.indicatorId())) {
                    errors.add(new ItemError(i, "indicatorId", null, "Indikatorn " + r.indicatorId() + " finns inte."));
                    continue;
                }
                Optional<UnitDirectory.Unit> unit = unitsById.get(r.unitId());
                if (unit.isEmpty()) {
                    errors.add(new ItemError(i, "unitId", null, "Enheten " + r.unitId()
                            + " finns inte i organisationen."));
                    continue;
                }
                if (unit.get().establishedOn().isAfter(r.period().end())) {
                    errors.add(new ItemError(i, "unitId", null, "Enheten fanns inte under perioden "
                            + r.period().start() + "–" + r.period().end() + "."));
                    continue;
                }
                s = new Series(r.indicatorId(), r.unitId(), r.period());
            } else if (change instanceof Correct || change instanceof Withdraw) {
                UUID namedId = change instanceof Correct c ? c.supersedesValueId() : change.valueId();
                Current value = named.get(namedId);
                if (value == null) {
                    errors.add(new ItemError(i, change instanceof Correct ? "supersedesValueId" : "valueId", null,
                            "Värdet " + namedId + " finns inte."));
                    continue;
                }
                checked.superseded[i] = value;
                s = new Series(value.indicatorId(), value.unitId(), value.period());
            }
            if (s != null) {
                String key = ValueBatchLookups.seriesKey(s.indicatorId(), s.unitId(), s.period());
                Integer earlier = firstIndex.putIfAbsent(key, i);
                if (earlier != null) {
                    errors.add(new ItemError(i, "period", "R-23", "Posten gäller samma indikator, enhet och period"
                            + " som post " + earlier + "; en serie får finnas en gång per batch."));
                    continue;
                }
                series.put(key, s);
            }
        }
        if (series.isEmpty()) {
            return;
        }
        lookups.lockSeries(series.keySet());
        Map<String, Current> current = lookups.currentValues(series.values());
        for (Map.Entry<String, Integer> entry : firstIndex.entrySet()) {
            int i = entry.getValue();
            Current now = current.get(entry.getKey());
            ValueChange change = changes.get(i);
            if (change instanceof Report && now != null) {
                errors.add(new ItemError(i, "period", "R-23", "Det finns redan ett värde (" + now.valueId()
                        + ") för indikatorn, enheten och perioden. Ett värde ändras bara genom en korrigering som"
                        + " anger vilket värde den ersätter och skälet."));
            } else if (!(change instanceof Report)) {
                UUID namedId = checked.superseded[i].valueId();
                if (now == null || !now.valueId().equals(namedId)) {
                    errors.add(new ItemError(i, change instanceof Correct ? "supersedesValueId" : "valueId", "R-23",
                            "Värdet " + namedId + " är inte det gällande värdet för sin serie"
                                    + (now == null ? "." : "; det gällande är " + now.valueId() + ".")));
                }
            }
        }
        errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
    }

    /** Comparison kommuner's values: one current reference value per indicator, kommun and year. */
    private void checkReferences(List<ValueChange> changes, Checked checked, List<ItemError> errors) {
        Set<UUID> indicators = new HashSet<>();
        Set<UUID> named = new LinkedHashSet<>();
        for (ValueChange change : changes) {
            if (change instanceof RecordReference r) {
                indicators.add(r.indicatorId());
                if (r.supersedesValueId() != null) {
                    named.add(r.supersedesValueId());
                }
            } else if (change instanceof WithdrawReference w) {
                named.add(w.valueId());
            }
        }
        if (indicators.isEmpty() && named.isEmpty()) {
            return;
        }
        Set<UUID> existing = indicators.isEmpty() ? Set.of() : lookups.existingIndicators(indicators);
        Map<UUID, ValueBatchLookups.Reference> namedRefs = named.isEmpty() ? Map.of() : lookups.references(named);
        Map<String, ReferenceSeries> series = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < changes.size() && errors.size() < MAX_ERRORS; i++) {
            ReferenceSeries s;
            if (changes.get(i) instanceof RecordReference r) {
                if (!existing.contains(r.indicatorId())) {
                    errors.add(new ItemError(i, "indicatorId", null, "Indikatorn " + r.indicatorId() + " finns inte."));
                    continue;
                }
                s = new ReferenceSeries(r.indicatorId(), r.municipalityId(), r.year());
            } else if (changes.get(i) instanceof WithdrawReference w) {
                ValueBatchLookups.Reference ref = namedRefs.get(w.valueId());
                if (ref == null) {
                    errors.add(new ItemError(i, "valueId", null, "Referensvärdet " + w.valueId() + " finns inte."));
                    continue;
                }
                s = new ReferenceSeries(ref.indicatorId(), ref.municipalityId(), ref.year());
            } else {
                continue;
            }
            String key = ValueBatchLookups.referenceKey(s.indicatorId(), s.municipalityId(), s.year());
            Integer earlier = firstIndex.putIfAbsent(key, i);
            if (earlier != null) {
                errors.add(new ItemError(i, "year", "R-23", "Posten gäller samma referensserie som post " + earlier
                        + "; en serie får finnas en gång per batch."));
                continue;
            }
            series.put(key, s);
        }
        if (series.isEmpty()) {
            return;
        }
        lookups.lockReferences(series.keySet());
        Map<String, ValueBatchLookups.Reference> current = lookups.currentReferences(series.values());
        for (Map.Entry<String, Integer> entry : firstIndex.entrySet()) {
            int i = entry.getValue();
            ValueBatchLookups.Reference now = current.get(entry.getKey());
            UUID expected = changes.get(i) instanceof RecordReference r ? r.supersedesValueId()
                    : changes.get(i).valueId();
            boolean matches = expected == null ? now == null : now != null && now.valueId().equals(expected);
            if (!matches) {
                errors.add(new ItemError(i, changes.get(i) instanceof RecordReference ? "supersedesValueId"
                        : "valueId", "R-23", now == null ? "Referensserien har inget gällande värde att ersätta."
                        : "Det gällande referensvärdet är " + now.valueId() + "; ett nytt anger att det ersätter det."));
            } else {
                checked.referenceSuperseded[i] = now;
            }
        }
        errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
    }

    private DomainEventMessage<?> event(ValueChange change, Checked checked, int i,
                                        List<ValueBatchLookups.Report> reports, MetaData metaData) {
        if (change instanceof Report r) {
            return domain(VALUE_TYPE, r.valueId(), 0, new IndicatorValueReported(r.valueId(), r.indicatorId(),
                    r.unitId(), r.period(), r.value(), r.genderSplit(), checked.source[i],
                    closedReportCovering(reports, r.period())), metaData);
        }
        if (change instanceof Correct c) {
            Current old = checked.superseded[i];
            return domain(VALUE_TYPE, c.valueId(), 0, new IndicatorValueCorrected(c.valueId(), old.valueId(),
                    old.indicatorId(), old.unitId(), old.period(), c.value(), c.genderSplit(), checked.source[i],
                    c.reason().strip(), closedReportCovering(reports, old.period())), metaData);
        }
        if (change instanceof Withdraw w) {
            Current old = checked.superseded[i];
            // The value's stream holds exactly its first event: a withdrawn or superseded value takes no more.
            return domain(VALUE_TYPE, w.valueId(), 1, new IndicatorValueWithdrawn(w.valueId(), old.indicatorId(),
                    old.unitId(), old.period(), w.reason().strip()), metaData);
        }
        if (change instanceof RecordReference r) {
            return domain(REFERENCE_TYPE, r.valueId(), 0, new ReferenceValueRecorded(r.valueId(), r.indicatorId(),
                    r.municipalityId(), r.municipalityName().strip(), r.year(), r.value(), r.genderSplit(),
                    checked.source[i], r.supersedesValueId(), r.reason() == null ? null : r.reason().strip()),
                    metaData);
        }
        WithdrawReference w = (WithdrawReference) change;
        ValueBatchLookups.Reference old = checked.referenceSuperseded[i];
        return domain(REFERENCE_TYPE, w.valueId(), 1, new ReferenceValueWithdrawn(w.valueId(), old.indicatorId(),
                old.municipalityId(), old.year(), w.reason().strip()), metaData);
    }

    private static DomainEventMessage<?> domain(String type, UUID aggregateId, long sequence, Object payload,
                                                MetaData metaData) {
        return new GenericDomainEventMessage<>(type, aggregateId.toString(), sequence, payload, metaData);
    }

    /** As the single command: the first report covering the period, if already closed, makes the value late. */
    private static UUID closedReportCovering(List<ValueBatchLookups.Report> reports, Period period) {
        return reports.stream().filter(r -> r.year() == period.year() && !r.cutOff().isBefore(period.end()))
                .findFirst().filter(r -> !r.open()).map(ValueBatchLookups.Report::reportId).orElse(null);
    }

    private static void refuseIf(List<ItemError> errors) {
        if (!errors.isEmpty()) {
            throw new BatchRefused(errors);
        }
    }
}
