package se.styrledger.command.goals;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.goals.GoalCommands.AdoptEffectGoal;
import se.styrledger.command.goals.GoalCommands.AttachIndicatorToEffectGoal;
import se.styrledger.command.goals.GoalCommands.DefineChangeTheory;
import se.styrledger.command.goals.GoalCommands.LinkEffectGoal;
import se.styrledger.command.goals.GoalCommands.ReviseEffectGoal;
import se.styrledger.command.goals.GoalCommands.UnlinkEffectGoal;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.goals.ChangeStepKind;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.indicators.IndicatorTarget;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class EffectGoalTest {

    private static final String TITLE = "Mindre nedskräpning och ökad materialåtervinning";
    private static final String TARGET_GROUP = "Kommuninvånarna";
    private static final String EFFECT = "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning";

    private Kommun kommun;
    private AggregateTestFixture<EffectGoal> fixture;
    private final UUID goalId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        fixture = new AggregateTestFixture<>(EffectGoal.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(kommun.goals);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    private Decision byOwner(String date) {
        return kommun.by(kommun.technicalCommittee, date);
    }

    private AdoptEffectGoal adopt(Integer year, String targetGroup, String effect, List<UUID> links, boolean imposed,
                                  Decision decision) {
        return new AdoptEffectGoal(goalId, kommun.technicalCommittee, year, TITLE, targetGroup, effect, links, imposed,
                decision);
    }

    private EffectGoalAdopted adopted() {
        return new EffectGoalAdopted(goalId, kommun.technicalCommittee, 2024, TITLE, TARGET_GROUP, EFFECT,
                List.of(kommun.lessLitter), false, byOwner("2023-10-16"));
    }

    @Test
    void theOwningCommitteeAdoptsAnEffectGoalLinkedToADirectionGoal() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectEvents(adopted());
    }

    @Test
    void anotherCommitteeCannotAdoptTheEffectGoalUnderR02() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false,
                        kommun.by(kommun.socialCommittee, "2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }

    @Test
    void theCouncilMayImposeAnEffectGoalAndItIsRecordedAsImposedUnderR02() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), true, kommun.byCouncil("2023-06-19")))
                .expectEvents(new EffectGoalAdopted(goalId, kommun.technicalCommittee, 2024, TITLE, TARGET_GROUP, EFFECT,
                        List.of(kommun.lessLitter), true, kommun.byCouncil("2023-06-19")));
    }

    @Test
    void onlyTheCouncilMayImposeUnderR02() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), true,
                        kommun.by(kommun.executiveBoard, "2023-06-19")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }

    @Test
    void aCouncilDecisionNotMarkedAsImposedIsRefusedUnderR02() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, kommun.byCouncil("2023-06-19")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }

    @Test
    void aForvaltningCannotOwnAnEffectGoalUnderR02() {
        fixture.givenNoPriorActivity()
                .when(new AdoptEffectGoal(goalId, kommun.technicalAdministration, 2024, TITLE, TARGET_GROUP, EFFECT,
                        List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }

    @Test
    void anEffectGoalWithoutDirectionGoalIsRefusedUnderR10() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void anEffectGoalLinkedToAWithdrawnDirectionGoalIsRefusedUnderR10() {
        kommun.goals.withdraw(kommun.lessLitter, LocalDate.of(2023, 6, 30));
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void anEffectGoalLinkedToADirectionGoalNotYetInForceIsRefusedUnderR10() {
        fixture.givenNoPriorActivity()
                .when(adopt(2023, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, byOwner("2022-05-16")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void anEffectGoalForAYearOutsideTheDirectionGoalsPeriodIsRefusedUnderR10() {
        UUID oldGoal = kommun.goals.add(GoalKind.DIRECTION_GOAL, kommun.sustainableGrowth, null, 2019, 2022,
                LocalDate.of(2018, 6, 18));
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(oldGoal), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void anEffectGoalLinkedToAnythingButADirectionGoalIsRefusedUnderR10() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, EFFECT, List.of(kommun.sustainableGrowth), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void theLastLinkCannotBeRemovedUnderR10() {
        fixture.given(adopted())
                .when(new UnlinkEffectGoal(goalId, kommun.lessLitter, byOwner("2024-02-12")))
                .expectNoEvents()
                .expectException(violates("R-10"));
    }

    @Test
    void aLinkIsAddedAndAnotherRemoved() {
        UUID second = kommun.goals.add(GoalKind.DIRECTION_GOAL, kommun.sustainableGrowth, null, 2023, 2026,
                LocalDate.of(2022, 6, 20));
        fixture.given(adopted())
                .when(new LinkEffectGoal(goalId, second, byOwner("2024-02-12")))
                .expectEvents(new EffectGoalLinked(goalId, second, byOwner("2024-02-12")));
        fixture.given(adopted(), new EffectGoalLinked(goalId, second, byOwner("2024-02-12")))
                .when(new UnlinkEffectGoal(goalId, kommun.lessLitter, byOwner("2024-03-11")))
                .expectEvents(new EffectGoalUnlinked(goalId, kommun.lessLitter, byOwner("2024-03-11")));
    }

    @Test
    void anEffectGoalWithoutTargetGroupIsRefusedUnderR11() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, " ", EFFECT, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-11"));
    }

    @Test
    void anEffectGoalWithoutIntendedEffectIsRefusedUnderR11() {
        fixture.givenNoPriorActivity()
                .when(adopt(2024, TARGET_GROUP, null, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-11"));
    }

    @Test
    void aRevisionMustKeepTheTargetGroupUnderR11() {
        fixture.given(adopted())
                .when(new ReviseEffectGoal(goalId, TITLE, "", EFFECT, byOwner("2024-02-12")))
                .expectNoEvents()
                .expectException(violates("R-11"));
        fixture.given(adopted())
                .when(new ReviseEffectGoal(goalId, TITLE, "Hushåll i flerbostadshus", EFFECT, byOwner("2024-02-12")))
                .expectEvents(new EffectGoalRevised(goalId, TITLE, "Hushåll i flerbostadshus", EFFECT,
                        byOwner("2024-02-12")));
    }

    @Test
    void anEffectGoalForSeveralYearsAheadIsRefusedUnderR12() {
        fixture.givenNoPriorActivity()
                .when(adopt(2026, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-12"));
    }

    @Test
    void anEffectGoalWithoutYearIsRefusedUnderR12() {
        fixture.givenNoPriorActivity()
                .when(adopt(null, TARGET_GROUP, EFFECT, List.of(kommun.lessLitter), false, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-12"));
    }

    @Test
    void anIndicatorIsAttachedWithItsTargetAndPeriod() {
        UUID indicator = kommun.goals.addIndicator();
        IndicatorTarget target = new IndicatorTarget(new BigDecimal("45.0"), new Period(PeriodKind.YEAR, 2024, 1));
        fixture.given(adopted())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, target, byOwner("2023-10-16")))
                .expectEvents(new IndicatorAttached(goalId, indicator, target, byOwner("2023-10-16")));
    }

    @Test
    void anIndicatorWithoutTargetValueIsRefusedUnderR14() {
        UUID indicator = kommun.goals.addIndicator();
        fixture.given(adopted())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, new IndicatorTarget(null, new Period(PeriodKind.YEAR, 2024, 1)),
                        byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-14"));
    }

    @Test
    void anIndicatorWithoutPeriodIsRefusedUnderR14() {
        UUID indicator = kommun.goals.addIndicator();
        fixture.given(adopted())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, new IndicatorTarget(BigDecimal.TEN, null), byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-14"));
        fixture.given(adopted())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, new IndicatorTarget(BigDecimal.TEN,
                        new Period(PeriodKind.TERTIAL, 2024, 4)), byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-14"));
    }

    @Test
    void anUnknownIndicatorCannotBeAttached() {
        fixture.given(adopted())
                .when(new AttachIndicatorToEffectGoal(goalId, UUID.randomUUID(), new IndicatorTarget(BigDecimal.TEN,
                        new Period(PeriodKind.YEAR, 2024, 1)), byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aChangeTheoryRunsFromActivityToEffect() {
        List<ChangeStep> steps = List.of(
                new ChangeStep(ChangeStepKind.ACTIVITY, "Inköp av 2-fackssopbilar och matavfallskärl"),
                new ChangeStep(ChangeStepKind.OUTPUT, "Nytt insamlingssystem för avfall införs"),
                new ChangeStep(ChangeStepKind.RESULT, "Separat insamling av förpackningsavfall och tidningar"),
                new ChangeStep(ChangeStepKind.EFFECT, EFFECT));
        fixture.given(adopted())
                .when(new DefineChangeTheory(goalId, steps, byOwner("2023-10-16")))
                .expectEvents(new ChangeTheoryDefined(goalId, steps, byOwner("2023-10-16")));
        fixture.given(adopted())
                .when(new DefineChangeTheory(goalId, List.of(steps.get(3), steps.get(0)), byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    private EffectGoalAdopted imposedByTheCouncil() {
        return new EffectGoalAdopted(goalId, kommun.technicalCommittee, 2024, TITLE, TARGET_GROUP, EFFECT,
                List.of(kommun.lessLitter), true, kommun.byCouncil("2023-06-19"));
    }

    @Test
    void howToReachAGoalTheCouncilImposedIsTheOwningCommitteesDecisionUnderR02() {
        UUID indicator = kommun.goals.addIndicator();
        IndicatorTarget target = new IndicatorTarget(new BigDecimal("45.0"), new Period(PeriodKind.YEAR, 2024, 1));
        fixture.given(imposedByTheCouncil())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, target, byOwner("2023-10-16")))
                .expectEvents(new IndicatorAttached(goalId, indicator, target, byOwner("2023-10-16")));
        List<ChangeStep> steps = List.of(new ChangeStep(ChangeStepKind.ACTIVITY, "Matavfallskärl till alla hushåll"),
                new ChangeStep(ChangeStepKind.EFFECT, EFFECT));
        fixture.given(imposedByTheCouncil())
                .when(new DefineChangeTheory(goalId, steps, byOwner("2023-10-16")))
                .expectEvents(new ChangeTheoryDefined(goalId, steps, byOwner("2023-10-16")));
    }

    @Test
    void theCouncilImposesTheGoalButNotItsIndicatorsOrChangeTheoryUnderR02() {
        UUID indicator = kommun.goals.addIndicator();
        fixture.given(imposedByTheCouncil())
                .when(new AttachIndicatorToEffectGoal(goalId, indicator, new IndicatorTarget(BigDecimal.TEN,
                        new Period(PeriodKind.YEAR, 2024, 1)), kommun.byCouncil("2023-06-19")))
                .expectNoEvents()
                .expectException(violates("R-02"));
        fixture.given(imposedByTheCouncil())
                .when(new DefineChangeTheory(goalId, List.of(new ChangeStep(ChangeStepKind.EFFECT, EFFECT)),
                        kommun.byCouncil("2023-06-19")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }

    @Test
    void theGoalTheCouncilImposedIsRevisedByTheCouncilNotByTheCommitteeUnderR02() {
        fixture.given(imposedByTheCouncil())
                .when(new ReviseEffectGoal(goalId, TITLE, "Hushållen", EFFECT, byOwner("2023-10-16")))
                .expectNoEvents()
                .expectException(violates("R-02"));
    }
}
