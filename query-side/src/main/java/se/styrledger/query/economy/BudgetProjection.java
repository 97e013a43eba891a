package se.styrledger.query.economy;

import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.CompanyFinancialTarget;
import se.styrledger.query.followup.FollowUpProcessing;
import se.styrledger.query.support.BitemporalModel;
import se.styrledger.query.support.BitemporalProjection;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.RelationTable;
import se.styrledger.query.support.Timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projects the budget: each nämnd's ram and the bolags' finansiella mål, per version of a year's budget. It runs in
 * the follow-up processing group because a closing report freezes each nämnd's ram and must see exactly the
 * events before its closing.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class BudgetProjection extends BitemporalProjection {

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

    /** A year's budget: adopted with its ramar, each amendment adding to a nämnd's ram from its decision. */
    static final BitemporalModel<BudgetState> MODEL = BitemporalModel.writing(FRAMES, TARGETS)
            .on(BudgetAdopted.class, BudgetAdopted::budgetId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> {
                        Map<UUID, FrameState> frames = new LinkedHashMap<>();
                        e.frames().forEach(f -> frames.put(f.unitId(), new FrameState(f.amount(), f.amount(), 0)));
                        return new BudgetState(e.year(), frames, List.copyOf(e.companyTargets()), version,
                                e.decision());
                    }))
            .on(BudgetAmended.class, BudgetAmended::budgetId, (e, version) -> new Timeline.Change<>(
                    e.decision().effectiveFrom(), version, s -> {
                        if (s == null) {
                            return null;
                        }
                        Map<UUID, FrameState> frames = new LinkedHashMap<>(s.frames());
                        for (BudgetFrame change : e.changes()) {
                            FrameState was = frames.getOrDefault(change.unitId(), new FrameState(BigDecimal.ZERO,
                                    BigDecimal.ZERO, 0));
                            frames.put(change.unitId(), new FrameState(was.amount().add(change.amount()),
                                    was.adoptedAmount(), was.amendments() + 1));
                        }
                        return new BudgetState(s.year(), frames, s.targets(), version, e.decision());
                    }));

    BudgetProjection(ModelWriter writer) {
        super(writer, MODEL);
    }
}
