package se.styrledger.command.valuebatch;

import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Many indicator values recorded as one command: one transaction, one append of all their events, the lookups read
 * once for the whole batch. All or nothing: one refused item refuses the batch, and the refusal names every item
 * at fault. Each value is still its own {@code IndicatorValue} stream, exactly as the single command records it.
 */
public final class ValueBatch {

    private ValueBatch() {
    }

    public record RecordValueBatch(List<ValueChange> changes) implements RecordsForUnits {

        /**
         * A batch records for every nämnd whose own values it reports, corrects or withdraws; other kommuners'
         * reference figures belong to the kommun's indicator catalogue, kept by KS or KF.
         */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            Set<UUID> units = new HashSet<>();
            boolean references = false;
            for (ValueChange change : changes == null ? List.<ValueChange>of() : changes) {
                if (change instanceof Report report && report.unitId() != null) {
                    units.add(report.unitId());
                } else if (change instanceof Correct correct) {
                    lookups.indicatorValueUnit(correct.supersedesValueId()).ifPresent(units::add);
                } else if (change instanceof Withdraw withdraw) {
                    lookups.indicatorValueUnit(withdraw.valueId()).ifPresent(units::add);
                } else if (change instanceof RecordReference || change instanceof WithdrawReference) {
                    references = true;
                }
            }
            RecordingScope own = RecordingScope.units(units.toArray(UUID[]::new));
            if (!references) {
                return units.isEmpty() ? RecordingScope.council() : own;
            }
            return units.isEmpty() ? RecordingScope.kommunLeadership()
                    : new RecordingScope.AllOf(List.of(own, RecordingScope.kommunLeadership()));
        }
    }

    /** One change in a batch; its index in the list names it in a refusal. */
    public sealed interface ValueChange permits Report, Correct, Withdraw, RecordReference, WithdrawReference {

        /** The stream the change appends to: the new value's, or the withdrawn one's. */
        UUID valueId();
    }

    /** A new utfall, as {@code ReportIndicatorValue}. */
    public record Report(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                         GenderSplit genderSplit, String source) implements ValueChange {
    }

    /** A new value superseding the current one, with the reason, as {@code CorrectIndicatorValue}. */
    public record Correct(UUID valueId, UUID supersedesValueId, BigDecimal value, GenderSplit genderSplit,
                          String source, String reason) implements ValueChange {
    }

    /** The current value withdrawn without a replacement, as {@code WithdrawIndicatorValue}. */
    public record Withdraw(UUID valueId, String reason) implements ValueChange {
    }

    /**
     * A comparison kommun's figure: new when {@code supersedesValueId} is null, else a revision of the current one
     * with the reason.
     */
    public record RecordReference(UUID valueId, UUID indicatorId, String municipalityId, String municipalityName,
                                  int year, BigDecimal value, GenderSplit genderSplit, String source,
                                  UUID supersedesValueId, String reason) implements ValueChange {
    }

    public record WithdrawReference(UUID valueId, String reason) implements ValueChange {
    }

    /** Why one item of a batch was refused: its index (from 0), the field and the rule, if a rule. */
    public record ItemError(int index, String field, String rule, String detail) {
    }
}
