package se.styrledger.command.goals;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.goals.GoalCommands.AdoptDirectionGoal;
import se.styrledger.command.goals.GoalCommands.AdoptStrategicDirection;
import se.styrledger.command.goals.GoalCommands.AdoptVision;
import se.styrledger.command.goals.GoalCommands.ReviseDirectionGoal;
import se.styrledger.command.goals.GoalCommands.ReviseVision;
import se.styrledger.command.goals.GoalCommands.WithdrawDirectionGoal;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionRevised;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class VisionAndDirectionsTest {

    private static final String VISION = "Trelleborg ska vara en framgångskommun med hög livskvalitet och en"
            + " långsiktigt hållbar tillväxt.";

    private Kommun kommun;
    private AggregateTestFixture<Vision> visions;
    private AggregateTestFixture<StrategicDirection> directions;
    private AggregateTestFixture<DirectionGoal> directionGoals;

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        visions = fixture(Vision.class);
        directions = fixture(StrategicDirection.class);
        directionGoals = fixture(DirectionGoal.class);
    }

    private <T> AggregateTestFixture<T> fixture(Class<T> type) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(kommun.goals);
        fixture.registerInjectableResource(Kommun.CLOCK);
        return fixture;
    }

    @Test
    void theCouncilAdoptsTheVision() {
        UUID id = UUID.randomUUID();
        visions.givenNoPriorActivity()
                .when(new AdoptVision(id, VISION, kommun.byCouncil("2015-06-15")))
                .expectEvents(new VisionAdopted(id, VISION, kommun.byCouncil("2015-06-15")));
    }

    @Test
    void theExecutiveBoardCannotAdoptTheVisionUnderR01() {
        visions.givenNoPriorActivity()
                .when(new AdoptVision(UUID.randomUUID(), VISION, kommun.by(kommun.executiveBoard, "2015-06-15")))
                .expectNoEvents()
                .expectException(violates("R-01"));
    }

    @Test
    void aCommitteeCannotReviseTheVisionUnderR01() {
        UUID id = UUID.randomUUID();
        visions.given(new VisionAdopted(id, VISION, kommun.byCouncil("2015-06-15")))
                .when(new ReviseVision(id, "Ny vision", kommun.by(kommun.technicalCommittee, "2019-06-17")))
                .expectNoEvents()
                .expectException(violates("R-01"));
        visions.given(new VisionAdopted(id, VISION, kommun.byCouncil("2015-06-15")))
                .when(new ReviseVision(id, "Ny vision", kommun.byCouncil("2019-06-17")))
                .expectEvents(new VisionRevised(id, "Ny vision", kommun.byCouncil("2019-06-17")));
    }

    @Test
    void theCouncilAdoptsAStrategicDirectionWithThemes() {
        UUID id = UUID.randomUUID();
        List<String> themes = List.of("hälsa", "trygghet", "boende", "upplevelser");
        directions.givenNoPriorActivity()
                .when(new AdoptStrategicDirection(id, kommun.vision, "Livskvalitet", themes, kommun.byCouncil("2015-06-15")))
                .expectEvents(new StrategicDirectionAdopted(id, kommun.vision, "Livskvalitet", themes,
                        kommun.byCouncil("2015-06-15")));
    }

    @Test
    void aStrategicDirectionByTheExecutiveBoardIsRefusedUnderR01() {
        directions.givenNoPriorActivity()
                .when(new AdoptStrategicDirection(UUID.randomUUID(), kommun.vision, "Arbete", List.of(),
                        kommun.by(kommun.executiveBoard, "2015-06-15")))
                .expectNoEvents()
                .expectException(violates("R-01"));
    }

    @Test
    void theCouncilAdoptsADirectionGoalWithinAStrategicDirection() {
        UUID id = UUID.randomUUID();
        directionGoals.givenNoPriorActivity()
                .when(new AdoptDirectionGoal(id, kommun.sustainableGrowth, "Mindre nedskräpning", null, 2023, 2026,
                        kommun.byCouncil("2022-06-20")))
                .expectEvents(new DirectionGoalAdopted(id, kommun.sustainableGrowth, "Mindre nedskräpning", null, 2023,
                        2026, kommun.byCouncil("2022-06-20")));
    }

    @Test
    void aDirectionGoalByACommitteeIsRefusedUnderR01() {
        directionGoals.givenNoPriorActivity()
                .when(new AdoptDirectionGoal(UUID.randomUUID(), kommun.sustainableGrowth, "Mål", null, 2023, 2026,
                        kommun.by(kommun.technicalCommittee, "2022-06-20")))
                .expectNoEvents()
                .expectException(violates("R-01"));
    }

    @Test
    void aDirectionGoalWithoutAStrategicDirectionIsRefusedUnderR15() {
        directionGoals.givenNoPriorActivity()
                .when(new AdoptDirectionGoal(UUID.randomUUID(), null, "Mål", null, 2023, 2026,
                        kommun.byCouncil("2022-06-20")))
                .expectNoEvents()
                .expectException(violates("R-15"));
    }

    @Test
    void aDirectionGoalUnderAnotherKindOfGoalIsRefusedUnderR15() {
        directionGoals.givenNoPriorActivity()
                .when(new AdoptDirectionGoal(UUID.randomUUID(), kommun.vision, "Mål", null, 2023, 2026,
                        kommun.byCouncil("2022-06-20")))
                .expectNoEvents()
                .expectException(violates("R-15"));
    }

    @Test
    void aDirectionGoalUnderAWithdrawnStrategicDirectionIsRefusedUnderR15() {
        kommun.goals.withdraw(kommun.sustainableGrowth, LocalDate.of(2021, 1, 1));
        directionGoals.givenNoPriorActivity()
                .when(new AdoptDirectionGoal(UUID.randomUUID(), kommun.sustainableGrowth, "Mål", null, 2023, 2026,
                        kommun.byCouncil("2022-06-20")))
                .expectNoEvents()
                .expectException(violates("R-15"));
    }

    @Test
    void aRevisionOfADirectionGoalKeepsR15() {
        UUID id = UUID.randomUUID();
        DirectionGoalAdopted adopted = new DirectionGoalAdopted(id, kommun.sustainableGrowth, "Mål", null, 2023, 2026,
                kommun.byCouncil("2022-06-20"));
        directionGoals.given(adopted)
                .when(new ReviseDirectionGoal(id, null, "Mål", null, 2023, 2026, kommun.byCouncil("2023-06-19")))
                .expectNoEvents()
                .expectException(violates("R-15"));
        directionGoals.given(adopted)
                .when(new ReviseDirectionGoal(id, kommun.sustainableGrowth, "Bättre mål", null, 2023, 2026,
                        kommun.byCouncil("2023-06-19")))
                .expectEvents(new DirectionGoalRevised(id, kommun.sustainableGrowth, "Bättre mål", null, 2023, 2026,
                        kommun.byCouncil("2023-06-19")));
    }

    @Test
    void theCouncilWithdrawsADirectionGoalAndNoOneElseMayUnderR01() {
        UUID id = UUID.randomUUID();
        DirectionGoalAdopted adopted = new DirectionGoalAdopted(id, kommun.sustainableGrowth, "Mål", null, 2023, 2026,
                kommun.byCouncil("2022-06-20"));
        directionGoals.given(adopted)
                .when(new WithdrawDirectionGoal(id, "Ersatt", kommun.by(kommun.executiveBoard, "2024-06-17")))
                .expectNoEvents()
                .expectException(violates("R-01"));
        directionGoals.given(adopted)
                .when(new WithdrawDirectionGoal(id, "Ersatt", kommun.byCouncil("2024-06-17")))
                .expectEvents(new DirectionGoalWithdrawn(id, "Ersatt", kommun.byCouncil("2024-06-17")));
    }
}
