package se.styrledger.query.accountability;

import org.springframework.stereotype.Component;
import se.styrledger.query.accountability.AccountabilityReport.Attainment;
import se.styrledger.query.accountability.AccountabilityReport.CommitmentOutcome;
import se.styrledger.query.audit.Findings;
import se.styrledger.query.commitments.Commitments;
import se.styrledger.query.commitments.CommitmentsView;
import se.styrledger.query.followup.FollowUpQueries;
import se.styrledger.query.followup.FollowUpQueries.ReportSummary;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.support.ReadTime;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Brings a nämnd's year together from the read models that already hold each part: nothing is folded twice. */
@Component
public class AccountabilityReports {

    private final AccountabilityQueries accountability;
    private final Commitments commitments;
    private final FollowUpQueries followUp;
    private final Findings findings;

    public AccountabilityReports(AccountabilityQueries accountability, Commitments commitments,
                                 FollowUpQueries followUp, Findings findings) {
        this.accountability = accountability;
        this.commitments = commitments;
        this.followUp = followUp;
        this.findings = findings;
    }

    /** Empty when the nämnd does not exist on {@code at.asOf()}. */
    public Optional<AccountabilityReport> of(UUID unitId, int year, ReadTime at) {
        return accountability.of(unitId, year, at).map(view -> new AccountabilityReport(view,
                commitments(unitId, year, at), findings.find(unitId, year, at)));
    }

    private List<CommitmentOutcome> commitments(UUID unitId, int year, ReadTime at) {
        List<EffectGoalDetail> goals = commitments.of(unitId, year, at).map(CommitmentsView::effectGoals)
                .orElse(List.of());
        Map<UUID, ReportSummary> reports = followUp.reports(year, at.knownAt()).stream()
                .collect(Collectors.toMap(ReportSummary::reportId, Function.identity()));
        return goals.stream().map(goal -> new CommitmentOutcome(goal.effectGoal().goalId(),
                goal.effectGoal().title(), goal.effectGoal().targetGroup(), goal.effectGoal().intendedEffect(),
                goal.effectGoal().imposedByCouncil(), goal.effectGoal().withdrawn(), goal.activities().size(),
                followUp.assessments(null, goal.effectGoal().goalId(), at.knownAt(), false).stream()
                        .filter(a -> reports.containsKey(a.reportId()))
                        .sorted(Comparator.comparingLong(FollowUpQueries.AssessmentRecord::position).reversed())
                        .map(a -> new Attainment(reports.get(a.reportId()).kindLabel(), a.levelLabel(),
                                a.analysis()))
                        .toList())).toList();
    }
}
