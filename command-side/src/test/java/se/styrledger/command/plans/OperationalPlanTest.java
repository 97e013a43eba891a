package se.styrledger.command.plans;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.command.plans.OperationalPlan.AdoptOperationalPlan;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.plans.OperationalPlanAdopted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class OperationalPlanTest {

    private static final BigDecimal FRAME = new BigDecimal("412000000");

    private Kommun kommun;
    private AggregateTestFixture<OperationalPlan> fixture;
    private final UUID planId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        fixture = new AggregateTestFixture<>(OperationalPlan.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(kommun.goals);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    @Test
    void theCommitteeAdoptsItsOwnPlanForNextYear() {
        UUID goal = kommun.goals.add(GoalKind.EFFECT_GOAL, null, kommun.technicalCommittee, 2024, 2024,
                LocalDate.of(2023, 10, 16));
        fixture.givenNoPriorActivity()
                .when(new AdoptOperationalPlan(planId, kommun.technicalCommittee, 2024, "Plan", FRAME, List.of(goal),
                        kommun.by(kommun.technicalCommittee, "2023-11-13")))
                .expectEvents(new OperationalPlanAdopted(planId, kommun.technicalCommittee, 2024, "Plan", FRAME,
                        List.of(goal), kommun.by(kommun.technicalCommittee, "2023-11-13")));
    }

    @Test
    void aPlanAdoptedByAnotherBodyIsRefusedUnderR07() {
        fixture.givenNoPriorActivity()
                .when(new AdoptOperationalPlan(planId, kommun.technicalCommittee, 2024, "Plan", FRAME, List.of(),
                        kommun.byCouncil("2023-11-13")))
                .expectNoEvents()
                .expectException(violates("R-07"));
    }

    @Test
    void aPlanForAForvaltningIsRefusedUnderR07() {
        fixture.givenNoPriorActivity()
                .when(new AdoptOperationalPlan(planId, kommun.technicalAdministration, 2024, "Plan", FRAME, List.of(),
                        kommun.by(kommun.technicalCommittee, "2023-11-13")))
                .expectNoEvents()
                .expectException(violates("R-07"));
    }

    @Test
    void aPlanForAYearFarAheadIsRefusedUnderR07() {
        fixture.givenNoPriorActivity()
                .when(new AdoptOperationalPlan(planId, kommun.technicalCommittee, 2026, "Plan", FRAME, List.of(),
                        kommun.by(kommun.technicalCommittee, "2023-11-13")))
                .expectNoEvents()
                .expectException(violates("R-07"));
    }

    @Test
    void aSecondPlanForTheSameYearIsRefusedUnderR07() {
        kommun.goals.addPlan(kommun.technicalCommittee, 2024);
        fixture.givenNoPriorActivity()
                .when(new AdoptOperationalPlan(planId, kommun.technicalCommittee, 2024, "Plan", FRAME, List.of(),
                        kommun.by(kommun.technicalCommittee, "2023-11-13")))
                .expectNoEvents()
                .expectException(violates("R-07"));
    }
}
