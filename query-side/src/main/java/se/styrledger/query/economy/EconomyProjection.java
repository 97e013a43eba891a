package se.styrledger.query.economy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.CompanyFinancialTarget;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.FinancialOutcomesRecorded;
import se.styrledger.events.economy.ForecastReported;
import se.styrledger.query.followup.FollowUpProcessing;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.NumberedChanges;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projects the budget, utfall and prognoser. It runs in the follow-up processing group because a closing report
 * freezes each nämnd's ram, utfall, prognos and avvikelse and must see exactly the events before its closing.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class EconomyProjection {

    /** One nämnd's ram in one version of the budget. */
    record FrameState(BigDecimal amount, BigDecimal adoptedAmount, int amendments) {
    }

    /** A version of a year's budget: the frames and targets in force, and the decision that made this version. */
    record BudgetState(int year, Map<UUID, FrameState> frames, List<CompanyFinancialTarget> targets, int version,
                       Decision decision) {
    }

    static final RelationTable<BudgetState> FRAMES = new RelationTable<>() {
        @Override
        public String table() {
            return "budget_frame_version";
        }

        @Override
        public String idColumn() {
            return "budget_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "year", "amount", "adopted_amount", "amendments", "version");
        }

        @Override
        public List<Object[]> stateRows(BudgetState s) {
            List<Object[]> rows = new ArrayList<>();
            s.frames().forEach((unit, frame) -> rows.add(DecisionView.withValues(s.decision(), unit, s.year(),
                    frame.amount(), frame.adoptedAmount(), frame.amendments(), s.version())));
            return rows;
        }
    };

    static final RelationTable<BudgetState> TARGETS = new RelationTable<>() {
        @Override
        public String table() {
            return "company_financial_target_version";
        }

        @Override
        public String idColumn() {
            return "budget_id";
        }

        @Override
        public List<String> stateColumns() {
            return DecisionView.withColumns("unit_id", "year", "target", "owner_directive_id");
        }

        @Override
        public List<Object[]> stateRows(BudgetState s) {
            return s.targets().stream().map(t -> DecisionView.withValues(s.decision(), t.unitId(), s.year(),
                    t.target(), t.ownerDirectiveId())).toList();
        }
    };

    private final EntityHistory history;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public EconomyProjection(EntityHistory history, VersionWriter writer, JdbcTemplate jdbc) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BudgetAdopted event, DomainEventMessage<?> message) {
        refold(event.budgetId(), message);
    }

    @EventHandler
    void on(BudgetAmended event, DomainEventMessage<?> message) {
        refold(event.budgetId(), message);
    }

    @EventHandler
    void on(FinancialOutcomesRecorded event, EventMessage<?> message) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        long position = writer.positionOf(message.getIdentifier());
        for (FinancialOutcome o : event.outcomes()) {
            jdbc.update("UPDATE financial_outcome_version SET recorded_to = ? WHERE unit_id = ? AND period_kind = ?"
                            + " AND period_year = ? AND period_number = ? AND recorded_to IS NULL", at, o.unitId(),
                    o.period().kind().name(), o.period().year(), o.period().number());
        }
        List<Object[]> rows = event.outcomes().stream().map(o -> new Object[]{event.importId(), o.unitId(),
                o.period().kind().name(), o.period().year(), o.period().number(), o.amount(), event.source().name(),
                event.fileName(), event.sha256(), message.getIdentifier(), Date.valueOf(o.period().start()),
                Date.valueOf(o.period().end().plusDays(1)), at, position}).toList();
        jdbc.batchUpdate("INSERT INTO financial_outcome_version (import_id, unit_id, period_kind, period_year,"
                + " period_number, amount, source, file_name, sha256, event_id, valid_from, valid_to, recorded_from,"
                + " recorded_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @EventHandler
    void on(ForecastReported e, EventMessage<?> message) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.update("UPDATE forecast_version SET recorded_to = ? WHERE unit_id = ? AND period_kind = ?"
                        + " AND period_year = ? AND period_number = ? AND recorded_to IS NULL", at, e.unitId(),
                e.period().kind().name(), e.period().year(), e.period().number());
        jdbc.update("INSERT INTO forecast_version (forecast_id, unit_id, period_kind, period_year, period_number,"
                        + " full_year, source, remedy, event_id, valid_from, valid_to, recorded_from, recorded_position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.forecastId(), e.unitId(),
                e.period().kind().name(), e.period().year(), e.period().number(), e.fullYear(), e.source(),
                e.remedy(), message.getIdentifier(), Date.valueOf(e.period().start()),
                Date.valueOf(e.period().end().plusDays(1)), at, writer.positionOf(message.getIdentifier()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM budget_frame_version");
        jdbc.update("DELETE FROM company_financial_target_version");
        jdbc.update("DELETE FROM financial_outcome_version");
        jdbc.update("DELETE FROM forecast_version");
    }

    private void refold(UUID budgetId, DomainEventMessage<?> message) {
        List<Timeline.Version<BudgetState>> versions = Timeline.fold(NumberedChanges.from(history.upTo(message),
                (event, version) -> change(budgetId, event.getPayload(), version)));
        long position = writer.positionOf(message.getIdentifier());
        writer.write(FRAMES, budgetId, versions, message.getTimestamp(), position);
        writer.write(TARGETS, budgetId, versions, message.getTimestamp(), position);
    }

    static Timeline.Change<BudgetState> change(UUID budgetId, Object payload, int version) {
        if (payload instanceof BudgetAdopted e && e.budgetId().equals(budgetId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> {
                Map<UUID, FrameState> frames = new LinkedHashMap<>();
                e.frames().forEach(f -> frames.put(f.unitId(), new FrameState(f.amount(), f.amount(), 0)));
                return new BudgetState(e.year(), frames, List.copyOf(e.companyTargets()), version, e.decision());
            });
        }
        if (payload instanceof BudgetAmended e && e.budgetId().equals(budgetId)) {
            return new Timeline.Change<>(e.decision().effectiveFrom(), version, s -> {
                if (s == null) {
                    return null;
                }
                Map<UUID, FrameState> frames = new LinkedHashMap<>(s.frames());
                for (BudgetFrame change : e.changes()) {
                    FrameState was = frames.getOrDefault(change.unitId(), new FrameState(BigDecimal.ZERO,
                            BigDecimal.ZERO, 0));
                    frames.put(change.unitId(), new FrameState(was.amount().add(change.amount()), was.adoptedAmount(),
                            was.amendments() + 1));
                }
                return new BudgetState(s.year(), frames, s.targets(), version, e.decision());
            });
        }
        return null;
    }
}
