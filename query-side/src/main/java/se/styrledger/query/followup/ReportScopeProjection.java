package se.styrledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionRevised;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.Timeline.Change;
import se.styrledger.query.support.VersionTable;
import se.styrledger.query.support.VersionWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the follow-up group's own copy of the röd tråd (ADR 0040): on each event it refolds the event's aggregate
 * stream up to that event and brings every touched entity's versions up to date, as {@code UnitProjection} does.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class ReportScopeProjection {

    private final EntityHistory history;
    private final VersionWriter writer;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public ReportScopeProjection(EntityHistory history, VersionWriter writer, Clock clock, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitEstablished e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(UnitRenamed e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(UnitMoved e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(UnitDissolved e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(StrategicDirectionAdopted e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(StrategicDirectionRevised e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(StrategicDirectionWithdrawn e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(DirectionGoalAdopted e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(DirectionGoalRevised e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(DirectionGoalWithdrawn e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(EffectGoalAdopted e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(EffectGoalRevised e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(EffectGoalLinked e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(EffectGoalUnlinked e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(EffectGoalWithdrawn e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(IndicatorAttached e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(IndicatorDetached e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(ActivityPlanned e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(ActivityRevised e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(ActivityStatusChanged e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(IndicatorDefined e, DomainEventMessage<?> m) {
        refold(m);
    }

    @EventHandler
    void on(IndicatorRevised e, DomainEventMessage<?> m) {
        refold(m);
    }

    @ResetHandler
    void reset() {
        for (VersionTable<?> table : List.of(ScopeTables.UNITS, ScopeTables.GOALS, ScopeTables.TARGETS,
                ScopeTables.ACTIVITIES, ScopeTables.INDICATORS)) {
            jdbc.update("DELETE FROM " + table.table());
        }
    }

    private void refold(DomainEventMessage<?> message) {
        List<DomainEventMessage<?>> stream = history.upTo(UUID.fromString(message.getAggregateIdentifier()),
                message.getSequenceNumber());
        ScopeFold fold = ScopeFold.of(stream, clock.getZone());
        Instant recordedAt = message.getTimestamp();
        long position = writer.positionOf(message.getIdentifier());
        write(ScopeTables.UNITS, fold.units, recordedAt, position);
        write(ScopeTables.GOALS, fold.goals, recordedAt, position);
        write(ScopeTables.TARGETS, fold.targets, recordedAt, position);
        write(ScopeTables.ACTIVITIES, fold.activities, recordedAt, position);
        write(ScopeTables.INDICATORS, fold.indicators, recordedAt, position);
    }

    private <S> void write(VersionTable<S> table, Map<UUID, List<Change<S>>> changes, Instant recordedAt,
                           long position) {
        changes.forEach((id, list) -> writer.write(table, id, Timeline.fold(list), recordedAt, position));
    }
}
