package se.styrledger.query.plans;

import org.junit.jupiter.api.Test;
import se.styrledger.events.Decision;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanRevised;
import se.styrledger.events.plans.OperationalPlanWithdrawn;
import se.styrledger.query.testing.ProjectionBench;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OperationalPlanProjectionTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final UUID plan = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID firstGoal = UUID.randomUUID();
    private final UUID secondGoal = UUID.randomUUID();

    OperationalPlanProjectionTest() {
        bench.with(new OperationalPlanProjection(bench.models()));
        bench.record(plan, new OperationalPlanAdopted(plan, committee, 2024, "Verksamhetsplan 2024",
                new BigDecimal("184500000"), List.of(firstGoal), decision("2023-11-20", "§ 140")),
                Instant.parse("2023-11-25T10:00:00Z"));
    }

    private Decision decision(String decidedOn, String paragraph) {
        return new Decision(committee, LocalDate.parse(decidedOn), paragraph, "MBN 2023/0042", null);
    }

    private List<Map<String, Object>> current() {
        return bench.jdbc().queryForList("SELECT plan_id, unit_id, year, budget_frame, withdrawn, version, paragraph,"
                + " array_length(effect_goal_ids, 1) AS goals, ? = ANY (effect_goal_ids) AS lists_second, valid_from"
                + " FROM operational_plan_version WHERE plan_id = ? AND recorded_to IS NULL ORDER BY valid_from",
                secondGoal, plan);
    }

    @Test
    void aRevisedPlanIsANewVersionWithItsRamAndEffectGoals() {
        bench.record(plan, new OperationalPlanRevised(plan, "Verksamhetsplan 2024, reviderad",
                new BigDecimal("186000000"), List.of(firstGoal, secondGoal), decision("2024-03-18", "§ 33")),
                Instant.parse("2024-03-25T10:00:00Z"));

        List<Map<String, Object>> versions = current();

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("budget_frame")).isEqualTo(new BigDecimal("184500000"));
        assertThat(versions.get(0).get("lists_second")).isEqualTo(false);
        assertThat(versions.get(1).get("budget_frame")).isEqualTo(new BigDecimal("186000000"));
        assertThat(versions.get(1).get("goals")).isEqualTo(2);
        assertThat(versions.get(1).get("lists_second")).isEqualTo(true);
        assertThat(versions.get(1).get("version")).isEqualTo(2);
        assertThat(versions.get(1).get("unit_id")).isEqualTo(committee);
        assertThat(versions.get(1).get("year")).isEqualTo(2024);
    }

    @Test
    void aWithdrawnPlanStaysReadableAndMarked() {
        bench.record(plan, new OperationalPlanWithdrawn(plan, "Ersatt av ny plan", decision("2024-05-20", "§ 61")),
                Instant.parse("2024-05-25T10:00:00Z"));

        Map<String, Object> last = current().get(1);

        assertThat(last.get("withdrawn")).isEqualTo(true);
        assertThat(last.get("paragraph")).isEqualTo("§ 61");
        assertThat(last.get("valid_from")).isEqualTo(Date.valueOf("2024-05-20"));
    }
}
