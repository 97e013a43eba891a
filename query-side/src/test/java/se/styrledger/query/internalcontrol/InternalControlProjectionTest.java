package se.styrledger.query.internalcontrol;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.styrledger.events.Decision;
import se.styrledger.events.internalcontrol.Control;
import se.styrledger.events.internalcontrol.ControlPerformed;
import se.styrledger.events.internalcontrol.Deviation;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.events.internalcontrol.Remedy;
import se.styrledger.events.internalcontrol.RemedyRecorded;
import se.styrledger.events.internalcontrol.Risk;
import se.styrledger.query.support.ReadTime;
import se.styrledger.query.testing.ProjectionBench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's results and åtgärder land on their own dates, and stay answerable as known before. */
class InternalControlProjectionTest {

    private final ProjectionBench bench = new ProjectionBench();
    private final InternalControlQueries queries = new InternalControlQueries(
            new NamedParameterJdbcTemplate(bench.jdbc()));
    private final UUID committee = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();
    private final UUID control = UUID.randomUUID();
    private final UUID deviation = UUID.randomUUID();
    private final Instant performedAt = Instant.parse("2025-05-02T08:00:00Z");
    private final Instant remediedAt = Instant.parse("2025-06-02T08:00:00Z");

    InternalControlProjectionTest() {
        bench.with(new InternalControlProjection(bench.models()));
        bench.record(plan, new InternalControlPlanAdopted(plan, committee, 2025,
                List.of(new Risk(UUID.randomUUID(), "Utbetalning utan beslut", 3, 4)),
                List.of(new Control(control, "Utbetalningar", "Stickprov", "Enhetschef", LocalDate.parse("2025-04-30"),
                        "varje tertial", null)),
                new Decision(committee, LocalDate.parse("2024-12-16"), "§ 160", "SN 2024/0900", null)),
                Instant.parse("2024-12-18T08:00:00Z"));
        bench.record(plan, new ControlPerformed(plan, control, LocalDate.parse("2025-04-28"), "2 av 20 saknade beslut",
                new Deviation(deviation, "Utbetalning utan beslut")), performedAt);
        bench.record(plan, new RemedyRecorded(plan, deviation, new Remedy("Checklista", "Enhetschef",
                LocalDate.parse("2025-06-30")), null, LocalDate.parse("2025-05-20")), remediedAt);
    }

    private InternalControlPlanView on(String asOf, Instant knownAt) {
        return queries.one(plan, new ReadTime(LocalDate.parse(asOf), knownAt)).orElseThrow();
    }

    @Test
    void aControlIsOverdueUntilItsResultTakesEffectOnTheDayItWasPerformed() {
        assertThat(on("2025-04-27", remediedAt).controls().get(0).performedOn()).isNull();
        assertThat(on("2025-04-28", remediedAt).controls().get(0).overdue()).isFalse();
        assertThat(on("2025-05-01", performedAt.minusSeconds(1)).controls().get(0).overdue())
                .as("as known before the result was recorded").isTrue();
    }

    @Test
    void anAvvikelseIsAnsweredFromTheDayItsAtgardWasDecided() {
        assertThat(on("2025-05-19", remediedAt).deviations().get(0).answered()).isFalse();
        InternalControlPlanView answered = on("2025-05-20", remediedAt);
        assertThat(answered.deviations().get(0).answered()).isTrue();
        assertThat(answered.deviations().get(0).remedyAction()).isEqualTo("Checklista");
        assertThat(on("2025-05-20", performedAt).deviations().get(0).answered()).isFalse();
        assertThat(answered.risks().get(0).level()).isEqualTo("mycket hög");
        assertThat(answered.version()).isEqualTo(3);
    }
}
