package se.styrledger.query.goals;

import org.junit.jupiter.api.Test;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.ChangeStep;
import se.styrledger.events.goals.ChangeStepKind;
import se.styrledger.events.goals.ChangeTheoryDefined;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.EffectGoalRevised;
import se.styrledger.events.goals.EffectGoalUnlinked;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.events.goals.IndicatorDetached;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;
import se.styrledger.events.indicators.IndicatorTarget;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.testing.ProjectionBench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal projections' bitemporal rows, written on a real PostgreSQL from events in a real event store. */
class GoalProjectionsTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final UUID council = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();

    GoalProjectionsTest() {
        bench.with(new VisionProjection(bench.models()),
                new StrategicDirectionProjection(bench.models()),
                new DirectionGoalProjection(bench.models()),
                new EffectGoalProjection(bench.models()),
                new GoalIndicatorProjection(bench.models()));
    }

    private Decision kf(String decidedOn, String paragraph) {
        return new Decision(council, LocalDate.parse(decidedOn), paragraph, "KS 2019/0458", null);
    }

    private Decision kf(String decidedOn, String paragraph, String effectiveFrom) {
        return new Decision(council, LocalDate.parse(decidedOn), paragraph, "KS 2019/0458",
                LocalDate.parse(effectiveFrom));
    }

    private Decision board(String decidedOn) {
        return new Decision(committee, LocalDate.parse(decidedOn), "§ 12", "MBN 2023/0042", null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private List<Map<String, Object>> rows(String sql, Object... args) {
        return bench.jdbc().queryForList(sql, args);
    }

    @Test
    void aRevisedVisionIsANewVersionWithItsOwnDecision() {
        UUID vision = UUID.randomUUID();
        bench.record(vision, new VisionAdopted(vision, "Trelleborg ska vara en framgångskommun.",
                kf("2015-06-15", "§ 90")), at("2015-06-20T10:00:00Z"));
        bench.record(vision, new VisionRevised(vision,
                "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                kf("2019-06-17", "§ 91")), at("2019-06-20T10:00:00Z"));

        List<Map<String, Object>> versions = rows("SELECT * FROM vision_version WHERE vision_id = ?"
                + " AND recorded_to IS NULL ORDER BY valid_from", vision);

        assertThat(versions).extracting(r -> r.get("version")).containsExactly(1, 2);
        assertThat(versions).extracting(r -> r.get("paragraph")).containsExactly("§ 90", "§ 91");
        assertThat(versions.get(0).get("valid_to")).isEqualTo(java.sql.Date.valueOf("2019-06-17"));
        assertThat(versions.get(1).get("valid_to")).isNull();
        assertThat(versions.get(1).get("decided_by")).isEqualTo(council);
        assertThat(versions.get(1).get("case_number")).isEqualTo("KS 2019/0458");
    }

    @Test
    void aStrategicDirectionKeepsItsThemes() {
        UUID direction = UUID.randomUUID();
        bench.record(direction, new StrategicDirectionAdopted(direction, UUID.randomUUID(), "Livskvalitet",
                List.of("hälsa", "trygghet", "boende", "upplevelser"), kf("2015-06-15", "§ 92")),
                at("2015-06-20T10:00:00Z"));

        String themes = bench.jdbc().queryForObject("SELECT array_to_string(themes, ', ')"
                + " FROM strategic_direction_version WHERE direction_id = ?", String.class, direction);

        assertThat(themes).isEqualTo("hälsa, trygghet, boende, upplevelser");
    }

    @Test
    void aBackdatedRevisionLandsWhereItTakesEffectAndWhatWasKnownBeforeStaysAnswerable() {
        UUID goal = UUID.randomUUID();
        UUID direction = UUID.randomUUID();
        bench.record(goal, new DirectionGoalAdopted(goal, direction, "Fler i arbete", null, 2020, 2023,
                kf("2019-06-17", "§ 90", "2020-01-01")), at("2019-06-20T10:00:00Z"));
        bench.record(goal, new DirectionGoalRevised(goal, direction, "Fler i arbete och studier", null, 2020, 2023,
                kf("2020-12-14", "§ 150", "2021-01-01")), at("2020-12-20T10:00:00Z"));
        Instant beforeBackdated = at("2021-03-01T10:00:00Z");
        bench.record(goal, new DirectionGoalRevised(goal, direction, "Fler unga i arbete", null, 2020, 2023,
                kf("2021-03-15", "§ 30", "2020-07-01")), at("2021-03-20T10:00:00Z"));

        String asKnown = "SELECT title, version FROM direction_goal_version WHERE goal_id = ?"
                + " AND tstzrange(recorded_from, recorded_to, '[)') @> ?::timestamptz ORDER BY valid_from";
        List<Map<String, Object>> now = rows(asKnown, goal, Timestamp.from(at("2022-01-01T00:00:00Z")));
        List<Map<String, Object>> before = rows(asKnown, goal, Timestamp.from(beforeBackdated));

        assertThat(now).extracting(r -> r.get("title"))
                .containsExactly("Fler i arbete", "Fler unga i arbete", "Fler i arbete och studier");
        assertThat(now).extracting(r -> r.get("version")).as("numbered in the order they were recorded")
                .containsExactly(1, 3, 2);
        assertThat(before).extracting(r -> r.get("title")).containsExactly("Fler i arbete", "Fler i arbete och studier");
    }

    @Test
    void aWithdrawnDirectionGoalStaysReadableMarkedWithItsDecisionAndReason() {
        UUID goal = UUID.randomUUID();
        bench.record(goal, new DirectionGoalAdopted(goal, UUID.randomUUID(), "Minskad nedskräpning", null, 2020,
                2023, kf("2019-06-17", "§ 90")), at("2019-06-20T10:00:00Z"));
        bench.record(goal, new DirectionGoalWithdrawn(goal, "Ersatt av nytt inriktningsmål",
                kf("2022-06-13", "§ 77", "2022-07-01")), at("2022-06-20T10:00:00Z"));

        Map<String, Object> withdrawn = rows("SELECT * FROM direction_goal_version WHERE goal_id = ?"
                + " AND valid_from = '2022-07-01'", goal).get(0);

        assertThat(withdrawn.get("withdrawn")).isEqualTo(true);
        assertThat(withdrawn.get("withdrawal_reason")).isEqualTo("Ersatt av nytt inriktningsmål");
        assertThat(withdrawn.get("paragraph")).isEqualTo("§ 77");
        assertThat(withdrawn.get("title")).isEqualTo("Minskad nedskräpning");
        assertThat(withdrawn.get("version")).isEqualTo(2);
    }

    @Test
    void anEffectGoalsLinksAreVersionsOfTheirOwnWithTheDecisionThatMadeEachLink() {
        UUID goal = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        bench.record(goal, new EffectGoalAdopted(goal, committee, 2024,
                "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning", "Kommuninvånarna",
                "Mindre nedskräpning och ökad materialåtervinning", List.of(first), false, board("2023-11-20")),
                at("2023-11-25T10:00:00Z"));
        bench.record(goal, new EffectGoalLinked(goal, second, board("2024-02-19")), at("2024-02-25T10:00:00Z"));
        bench.record(goal, new EffectGoalUnlinked(goal, first, board("2024-05-20")), at("2024-05-25T10:00:00Z"));

        String linksOn = "SELECT direction_goal_id, decided_on FROM effect_goal_link_version WHERE goal_id = ?"
                + " AND recorded_to IS NULL AND daterange(valid_from, valid_to, '[)') @> ?::date"
                + " ORDER BY decided_on";
        assertThat(rows(linksOn, goal, java.sql.Date.valueOf("2024-01-15")))
                .extracting(r -> r.get("direction_goal_id")).containsExactly(first);
        assertThat(rows(linksOn, goal, java.sql.Date.valueOf("2024-03-01")))
                .extracting(r -> r.get("direction_goal_id")).containsExactly(first, second);
        List<Map<String, Object>> afterUnlink = rows(linksOn, goal, java.sql.Date.valueOf("2024-06-01"));
        assertThat(afterUnlink).extracting(r -> r.get("direction_goal_id")).containsExactly(second);
        assertThat(afterUnlink.get(0).get("decided_on")).isEqualTo(java.sql.Date.valueOf("2024-02-19"));
        assertThat(bench.jdbc().queryForObject("SELECT count(*) FROM effect_goal_version WHERE goal_id = ?",
                Integer.class, goal)).as("linking changes the links, not the goal's wording").isEqualTo(1);
    }

    @Test
    void aRevisedEffectGoalKeepsItsOwnerYearAndOriginUnderANewVersion() {
        UUID goal = UUID.randomUUID();
        bench.record(goal, new EffectGoalAdopted(goal, committee, 2024, "Ökad andel unga med varaktig"
                + " självförsörjning", "Unga 18–24 år", "Fler har en varaktig självförsörjning",
                List.of(UUID.randomUUID()), true, kf("2023-11-20", "§ 140")), at("2023-11-25T10:00:00Z"));
        bench.record(goal, new EffectGoalRevised(goal, "Ökad andel unga med varaktig självförsörjning",
                "Unga 16–24 år", "Fler har en varaktig självförsörjning", board("2024-03-18")),
                at("2024-03-25T10:00:00Z"));

        Map<String, Object> revised = rows("SELECT * FROM effect_goal_version WHERE goal_id = ? AND version = 2",
                goal).get(0);

        assertThat(revised.get("target_group")).isEqualTo("Unga 16–24 år");
        assertThat(revised.get("owner_unit_id")).isEqualTo(committee);
        assertThat(revised.get("year")).isEqualTo(2024);
        assertThat(revised.get("imposed_by_council")).isEqualTo(true);
        assertThat(revised.get("decided_by")).isEqualTo(committee);
    }

    @Test
    void attachingAnIndicatorAgainForThePeriodSetsANewTargetAndDetachingRemovesIt() {
        UUID goal = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        Period year2024 = new Period(PeriodKind.YEAR, 2024, 1);
        bench.record(goal, new IndicatorAttached(goal, indicator, new IndicatorTarget(new BigDecimal("45"), year2024),
                board("2023-11-20")), at("2023-11-25T10:00:00Z"));
        bench.record(goal, new IndicatorAttached(goal, indicator, new IndicatorTarget(new BigDecimal("50"), year2024),
                board("2024-02-19")), at("2024-02-25T10:00:00Z"));
        bench.record(goal, new IndicatorDetached(goal, indicator, board("2024-09-16")), at("2024-09-20T10:00:00Z"));

        String targetOn = "SELECT target_value FROM goal_indicator_version WHERE goal_id = ? AND recorded_to IS NULL"
                + " AND daterange(valid_from, valid_to, '[)') @> ?::date";
        assertThat(rows(targetOn, goal, java.sql.Date.valueOf("2024-01-01"))).extracting(r -> r.get("target_value"))
                .containsExactly(new BigDecimal("45"));
        assertThat(rows(targetOn, goal, java.sql.Date.valueOf("2024-06-30"))).extracting(r -> r.get("target_value"))
                .containsExactly(new BigDecimal("50"));
        assertThat(rows(targetOn, goal, java.sql.Date.valueOf("2024-12-31"))).isEmpty();
    }

    @Test
    void aNewChangeTheoryReplacesTheStepsAsANewVersion() {
        UUID goal = UUID.randomUUID();
        bench.record(goal, new ChangeTheoryDefined(goal, List.of(
                new ChangeStep(ChangeStepKind.ACTIVITY, "Informationskampanj om sortering"),
                new ChangeStep(ChangeStepKind.EFFECT, "Mindre nedskräpning")), board("2023-11-20")),
                at("2023-11-25T10:00:00Z"));
        bench.record(goal, new ChangeTheoryDefined(goal, List.of(
                new ChangeStep(ChangeStepKind.ACTIVITY, "Informationskampanj om sortering"),
                new ChangeStep(ChangeStepKind.OUTPUT, "Nytt insamlingssystem för avfall införs"),
                new ChangeStep(ChangeStepKind.EFFECT, "Mindre nedskräpning")), board("2024-03-18")),
                at("2024-03-25T10:00:00Z"));

        List<Map<String, Object>> current = rows("SELECT * FROM change_theory_version WHERE goal_id = ?"
                + " AND recorded_to IS NULL AND valid_to IS NULL ORDER BY step_number", goal);

        assertThat(current).extracting(r -> r.get("kind")).containsExactly("ACTIVITY", "OUTPUT", "EFFECT");
        assertThat(current).extracting(r -> r.get("version")).containsOnly(2);
        assertThat(rows("SELECT * FROM change_theory_version WHERE goal_id = ? AND valid_to IS NOT NULL", goal))
                .hasSize(2);
    }
}
