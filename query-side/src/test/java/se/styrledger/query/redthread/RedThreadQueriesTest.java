package se.styrledger.query.redthread;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorDirection;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.events.indicators.IndicatorTarget;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.query.activities.ActivityProjection;
import se.styrledger.query.activities.ActivityStatusChanges;
import se.styrledger.query.activities.ActivityQueries;
import se.styrledger.query.flags.FlagKind;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.economy.EconomyQueries;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.goals.DirectionGoalProjection;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.goals.EffectGoalDetails;
import se.styrledger.query.goals.EffectGoalProjection;
import se.styrledger.query.goals.EffectGoalView;
import se.styrledger.query.goals.GoalIndicatorProjection;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.goals.StrategicDirectionProjection;
import se.styrledger.query.goals.VisionProjection;
import se.styrledger.query.indicators.IndicatorProjection;
import se.styrledger.query.organisation.UnitProjection;
import se.styrledger.query.redthread.RedThreadView.DirectionGoalNode;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.testing.ProjectionBench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The röd tråd read back from the read tables: a small kommun recorded through the projections on a real
 * PostgreSQL, then read as of several dates. The database is shared, so every assertion looks for this test's ids.
 */
class RedThreadQueriesTest {

    private static final Instant KNOWN_NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final ProjectionBench bench = new ProjectionBench();
    private final GoalQueries goals;
    private final Flags flags;
    private final RedThreadQueries redThread;

    private final UUID council = UUID.randomUUID();
    private final UUID environment = UUID.randomUUID();
    private final UUID labour = UUID.randomUUID();
    private final UUID vision = UUID.randomUUID();
    private final UUID growth = UUID.randomUUID();
    private final UUID waste = UUID.randomUUID();
    private final UUID jobs = UUID.randomUUID();
    private final UUID culture = UUID.randomUUID();
    private final UUID litter = UUID.randomUUID();
    private final UUID youngAdults = UUID.randomUUID();
    private final UUID wasteLastYear = UUID.randomUUID();
    private final UUID campaign = UUID.randomUUID();
    private final UUID recycling = UUID.randomUUID();

    RedThreadQueriesTest() {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(bench.jdbc());
        flags = new Flags(named);
        goals = new GoalQueries(named);
        redThread = new RedThreadQueries(goals, new EffectGoalDetails(goals, new ActivityQueries(named, flags), flags),
                flags, new EconomyQueries(named));
        bench.with(new UnitProjection(bench.models()),
                new VisionProjection(bench.models()),
                new StrategicDirectionProjection(bench.models()),
                new DirectionGoalProjection(bench.models()),
                new EffectGoalProjection(bench.models()),
                new GoalIndicatorProjection(bench.models()),
                new ActivityProjection(bench.models()), new ActivityStatusChanges(bench.writer(), bench.jdbc()),
                new IndicatorProjection(bench.models()));
        recordAKommun();
    }

    private Decision kf(String decidedOn) {
        return new Decision(council, LocalDate.parse(decidedOn), "§ 90", "KS 2019/0458", null);
    }

    private Decision board(UUID unit, String decidedOn) {
        return new Decision(unit, LocalDate.parse(decidedOn), "§ 12", "MBN 2023/0042", null);
    }

    private void record(UUID aggregate, Object event, String recordedAt) {
        bench.record(aggregate, event, Instant.parse(recordedAt));
    }

    private void recordAKommun() {
        record(council, new UnitEstablished(council, "Kommunfullmäktige", UnitKind.COUNCIL, null, kf("2014-10-15")),
                "2014-10-16T10:00:00Z");
        record(environment, new UnitEstablished(environment, "Miljö- och byggnämnden", UnitKind.COMMITTEE, council,
                kf("2014-10-15")), "2014-10-16T10:00:00Z");
        record(labour, new UnitEstablished(labour, "Arbetsmarknadsnämnden", UnitKind.COMMITTEE, council,
                kf("2014-10-15")), "2014-10-16T10:00:00Z");
        record(vision, new VisionAdopted(vision, "Trelleborg ska vara en framgångskommun med hög livskvalitet och en"
                + " långsiktigt hållbar tillväxt.", kf("2019-06-17")), "2019-06-20T10:00:00Z");
        record(growth, new StrategicDirectionAdopted(growth, vision, "Långsiktig hållbar tillväxt",
                List.of("miljö", "infrastruktur"), kf("2019-06-17")), "2019-06-20T10:00:00Z");
        record(waste, new DirectionGoalAdopted(waste, growth, "Trelleborg ska ha en hållbar avfallshantering", null,
                2020, 2026, kf("2019-06-17")), "2019-06-20T10:00:00Z");
        record(jobs, new DirectionGoalAdopted(jobs, growth, "Fler i egen försörjning", null, 2020, 2026,
                kf("2019-06-17")), "2019-06-20T10:00:00Z");
        record(culture, new DirectionGoalAdopted(culture, growth, "Ett rikt kulturliv", null, 2020, 2026,
                kf("2019-06-17")), "2019-06-20T10:00:00Z");
        record(jobs, new DirectionGoalWithdrawn(jobs, "Ersatt i flerårsplanen", kf("2024-06-17")),
                "2024-06-20T10:00:00Z");

        record(wasteLastYear, new EffectGoalAdopted(wasteLastYear, labour, 2023, "Fler återbrukar möbler",
                "Hushåll", "Mer återbruk", List.of(waste), false, board(labour, "2022-11-21")), "2022-11-25T10:00:00Z");
        record(litter, new EffectGoalAdopted(litter, environment, 2024, "Mindre nedskräpning",
                "Kommuninvånarna", "Mindre nedskräpning och ökad materialåtervinning", List.of(waste), false,
                board(environment, "2023-11-20")), "2023-11-25T10:00:00Z");
        record(youngAdults, new EffectGoalAdopted(youngAdults, environment, 2024, "Fler unga i gröna jobb",
                "Unga 18–24 år", "Fler har en varaktig självförsörjning", List.of(jobs), false,
                board(environment, "2023-11-20")), "2023-11-25T10:00:00Z");
        record(recycling, new IndicatorDefined(recycling, "Andel hushållsavfall som samlas in för"
                + " materialåtervinning", "procent", IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.KOLADA,
                "U07801"), "2023-11-25T10:00:00Z");
        record(litter, new IndicatorAttached(litter, recycling, new IndicatorTarget(new BigDecimal("45"),
                new Period(PeriodKind.YEAR, 2024, 1)), board(environment, "2023-11-20")), "2023-11-25T10:00:00Z");
        record(campaign, new ActivityPlanned(campaign, litter, "Informationskampanj om källsortering",
                "Avfallschefen", LocalDate.parse("2024-05-31"), false, board(environment, "2023-11-20")),
                "2023-11-25T10:00:00Z");
        record(campaign, new ActivityStatusChanged(campaign, ActivityStatus.IN_PROGRESS, "Upphandlingen är klar",
                LocalDate.parse("2024-02-01"), null), "2024-02-02T10:00:00Z");
        record(campaign, new ActivityStatusChanged(campaign, ActivityStatus.DONE, "Kampanjen genomfördes i juni",
                LocalDate.parse("2024-06-15"), null), "2024-06-16T10:00:00Z");
    }

    private static ReadTime on(String asOf) {
        return new ReadTime(LocalDate.parse(asOf), KNOWN_NOW);
    }

    private static Stream<DirectionGoalNode> directionGoals(RedThreadView tree) {
        return tree.visions().stream().flatMap(v -> v.strategicDirections().stream())
                .flatMap(d -> d.directionGoals().stream());
    }

    private static DirectionGoalNode node(RedThreadView tree, UUID directionGoal) {
        return directionGoals(tree).filter(g -> g.directionGoal().goalId().equals(directionGoal)).findFirst()
                .orElseThrow(() -> new AssertionError("no node for " + directionGoal));
    }

    private List<String> flagged(ReadTime at, UUID unit, FlagKind kind) {
        return flags.find(at, Flags.Scope.of(unit, 2024)).stream().filter(f -> f.kind().equals(kind.name()))
                .map(FlagView::title).toList();
    }

    @Test
    void theTreeHangsEachEffectGoalUnderItsInriktningsmålPerUnitWithActivitiesAndTargets() {
        RedThreadView tree = redThread.tree(on("2024-03-01"), null, null);

        DirectionGoalNode wasteNode = node(tree, waste);
        assertThat(wasteNode.units()).extracting(RedThreadView.UnitNode::unitName)
                .containsExactly("Arbetsmarknadsnämnden", "Miljö- och byggnämnden");
        EffectGoalDetail litterGoal = wasteNode.units().get(1).effectGoals().get(0);
        assertThat(litterGoal.effectGoal().title()).isEqualTo("Mindre nedskräpning");
        assertThat(litterGoal.effectGoal().targetGroup()).isEqualTo("Kommuninvånarna");
        assertThat(litterGoal.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("Andel hushållsavfall som samlas in för materialåtervinning");
            assertThat(indicator.targetValue()).isEqualByComparingTo("45");
            assertThat(indicator.period().kindLabel()).isEqualTo("år");
        });
        assertThat(litterGoal.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.statusLabel()).isEqualTo("pågår");
            assertThat(activity.statusChanges()).extracting(c -> c.comment()).containsExactly("Upphandlingen är klar");
        });
        assertThat(litterGoal.directionGoals()).extracting(l -> l.title())
                .containsExactly("Trelleborg ska ha en hållbar avfallshantering");
        assertThat(node(tree, culture).units()).as("an inriktningsmål nobody links to is still shown").isEmpty();
    }

    @Test
    void oneUnitsRödTrådKeepsOnlyThePathsToItsOwnEffectGoals() {
        RedThreadView tree = redThread.tree(on("2024-03-01"), environment, null);

        assertThat(directionGoals(tree).map(g -> g.directionGoal().goalId())).containsExactlyInAnyOrder(waste, jobs);
        assertThat(directionGoals(tree).flatMap(g -> g.units().stream()).map(RedThreadView.UnitNode::unitId))
                .containsOnly(environment);
        assertThat(tree.visions()).extracting(v -> v.vision().visionId()).containsExactly(vision);
    }

    @Test
    void aWithdrawnInriktningsmålStaysInTheTreeMarkedAndItsEffectGoalIsFlaggedFromThatDate() {
        assertThat(flagged(on("2024-06-16"), environment, FlagKind.ALL_DIRECTION_GOALS_WITHDRAWN)).isEmpty();

        ReadTime afterWithdrawal = on("2024-06-17");
        RedThreadView tree = redThread.tree(afterWithdrawal, environment, null);

        DirectionGoalNode withdrawn = node(tree, jobs);
        assertThat(withdrawn.directionGoal().statusLabel()).isEqualTo("upphävt");
        EffectGoalDetail young = withdrawn.units().get(0).effectGoals().get(0);
        assertThat(young.flags()).extracting(FlagView::label)
                .contains("Alla länkade inriktningsmål är upphävda");
        assertThat(flagged(afterWithdrawal, environment, FlagKind.ALL_DIRECTION_GOALS_WITHDRAWN))
                .containsExactly("Fler unga i gröna jobb");
    }

    @Test
    void anEffectGoalWithoutIndicatorIsFlaggedAndOneWithAnIndicatorIsNot() {
        assertThat(flagged(on("2024-03-01"), environment, FlagKind.NO_INDICATOR))
                .containsExactly("Fler unga i gröna jobb");
    }

    @Test
    void anActivityIsOverdueAfterItsDueDateUntilItIsDone() {
        UUID unit = environment;
        assertThat(flagged(on("2024-05-31"), unit, FlagKind.ACTIVITY_OVERDUE)).as("due today is not late").isEmpty();
        assertThat(flagged(on("2024-06-01"), unit, FlagKind.ACTIVITY_OVERDUE))
                .containsExactly("Informationskampanj om källsortering");
        assertThat(flagged(on("2024-06-15"), unit, FlagKind.ACTIVITY_OVERDUE)).as("genomförd").isEmpty();

        RedThreadView late = redThread.tree(on("2024-06-01"), unit, 2024);
        assertThat(node(late, waste).units().get(0).effectGoals().get(0).activities().get(0).flags())
                .extracting(FlagView::kind).containsExactly("ACTIVITY_OVERDUE");
    }

    @Test
    void whatPointsWhereFindsEveryUnitsEffectGoalsOfEveryYear() {
        List<EffectGoalView> linked = goals.effectGoalsLinkedTo(waste, on("2024-03-01"));

        assertThat(linked).extracting(EffectGoalView::goalId).containsExactly(wasteLastYear, litter);
        assertThat(linked).extracting(EffectGoalView::ownerUnitName)
                .containsExactly("Arbetsmarknadsnämnden", "Miljö- och byggnämnden");
    }

    @Test
    void aBackdatedRevisionShowsFromItsDateButOnlyAsKnownAfterItWasRecorded() {
        Instant beforeRevision = Instant.parse("2024-04-01T00:00:00Z");
        record(litter, new EffectGoalRevised(litter,
                "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning", "Kommuninvånarna",
                "Mindre nedskräpning och ökad materialåtervinning", new Decision(environment,
                LocalDate.parse("2024-04-15"), "§ 44", "MBN 2024/0010", LocalDate.parse("2024-01-01"))),
                "2024-04-20T10:00:00Z");

        assertThat(titleOfLitter(new ReadTime(LocalDate.parse("2024-03-01"), KNOWN_NOW)))
                .isEqualTo("Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning");
        assertThat(titleOfLitter(new ReadTime(LocalDate.parse("2024-03-01"), beforeRevision)))
                .isEqualTo("Mindre nedskräpning");
        assertThat(titleOfLitter(new ReadTime(LocalDate.parse("2023-12-31"), KNOWN_NOW)))
                .isEqualTo("Mindre nedskräpning");
        assertThat(goals.effectGoal(litter, on("2024-03-01")).map(EffectGoalView::version)).contains(2);
        List<EffectGoalView> history = goals.effectGoalHistory(litter, on("2024-03-01"));
        assertThat(history).extracting(EffectGoalView::version).containsExactly(1, 2);
        assertThat(history).extracting(EffectGoalView::ownerUnitName).containsOnly("Miljö- och byggnämnden");
    }

    private String titleOfLitter(ReadTime at) {
        return redThread.tree(at, environment, 2024).visions().stream()
                .flatMap(v -> v.strategicDirections().stream()).flatMap(d -> d.directionGoals().stream())
                .flatMap(g -> g.units().stream()).flatMap(u -> u.effectGoals().stream())
                .map(EffectGoalDetail::effectGoal).filter(g -> g.goalId().equals(litter))
                .map(EffectGoalView::title).findFirst().orElseThrow();
    }

    @Test
    void anEffectGoalWhoseInriktningsmålIsNotInTheTreeIsListedNotHidden() {
        UUID orphan = UUID.randomUUID();
        record(orphan, new EffectGoalAdopted(orphan, environment, 2024, "Tystare bostadsområden", "Boende",
                "Mindre buller", List.of(UUID.randomUUID()), false, board(environment, "2023-11-20")),
                "2023-11-25T10:00:00Z");

        RedThreadView tree = redThread.tree(on("2024-03-01"), environment, null);

        assertThat(tree.unplacedEffectGoals()).extracting(g -> g.effectGoal().goalId()).containsExactly(orphan);
        assertThat(tree.flags()).filteredOn(f -> orphan.equals(f.effectGoalId())).extracting(FlagView::kind)
                .contains("ALL_DIRECTION_GOALS_WITHDRAWN", "NO_INDICATOR");
    }
}
