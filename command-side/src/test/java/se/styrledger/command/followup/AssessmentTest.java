package se.styrledger.command.followup;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.followup.FollowUpCommands.RecordAssessment;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.command.testing.FakeGoalDirectory;
import se.styrledger.events.followup.AssessmentRecorded;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.followup.FollowUpReportKind;

import java.time.LocalDate;
import java.util.UUID;

import static se.styrledger.command.followup.Refusals.violates;

class AssessmentTest {

    private static final String ANALYSIS = "Andelen nöjda brukare ökade efter den nya mottagningen.";

    private AggregateTestFixture<Assessment> fixture;
    private FakeFollowUpDirectory followUp;
    private FakeGoalDirectory goals;
    private UUID report;
    private UUID effectGoal;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        followUp = new FakeFollowUpDirectory();
        goals = new FakeGoalDirectory();
        report = followUp.addReport(2026, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31),
                FollowUpDirectory.Status.OPEN);
        effectGoal = goals.add(GoalKind.EFFECT_GOAL, null, UUID.randomUUID(), 2026, 2026, LocalDate.of(2025, 11, 20));
        fixture.registerInjectableResource(followUp);
        fixture.registerInjectableResource(goals);
    }

    @Test
    void anAssessmentNamesGoalReportLevelAnalysisAndAssessor() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(id, report, effectGoal, AttainmentLevel.PARTLY_FULFILLED, ANALYSIS,
                        "Socialnämnden"))
                .expectEvents(new AssessmentRecorded(id, report, effectGoal, AttainmentLevel.PARTLY_FULFILLED, ANALYSIS,
                        "Socialnämnden"));
    }

    @Test
    void anInriktningsmalIsAssessedInKfsOwnFollowUp() {
        UUID directionGoal = goals.add(GoalKind.DIRECTION_GOAL, UUID.randomUUID(), null, 2023, 2026, LocalDate.of(2022, 6, 20));
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(id, report, directionGoal, AttainmentLevel.FULFILLED, ANALYSIS,
                        "Kommunstyrelsen"))
                .expectEvents(new AssessmentRecorded(id, report, directionGoal, AttainmentLevel.FULFILLED, ANALYSIS,
                        "Kommunstyrelsen"));
    }

    @Test
    void anAssessmentWithoutAnalysisIsRefusedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, effectGoal, AttainmentLevel.FULFILLED, " ",
                        "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-22", "analysis"));
    }

    @Test
    void anAssessmentWithoutAssessorIsRefusedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, effectGoal, AttainmentLevel.FULFILLED, ANALYSIS,
                        null))
                .expectNoEvents()
                .expectException(violates("R-22", "assessedBy"));
    }

    @Test
    void anAssessmentWithoutLevelIsRefusedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, effectGoal, null, ANALYSIS, "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-22", "level"));
    }

    @Test
    void anAssessmentOfAnUnknownGoalIsRefusedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, UUID.randomUUID(), AttainmentLevel.FULFILLED,
                        ANALYSIS, "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-22", "goalId"));
    }

    @Test
    void aVisionIsNotAssessedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, goals.add(GoalKind.VISION, null, null, null, null, LocalDate.of(2015, 6, 15)), AttainmentLevel.FULFILLED,
                        ANALYSIS, "Kommunstyrelsen"))
                .expectNoEvents()
                .expectException(violates("R-22", "goalId"));
    }

    @Test
    void anEffektmalOfAnotherYearIsRefusedUnderR22() {
        UUID lastYearsGoal = goals.add(GoalKind.EFFECT_GOAL, null, UUID.randomUUID(), 2025, 2025, LocalDate.of(2024, 11, 20));
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), report, lastYearsGoal, AttainmentLevel.FULFILLED,
                        ANALYSIS, "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-22", "goalId"));
    }

    @Test
    void anAssessmentInAnUnknownReportIsRefusedUnderR22() {
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), UUID.randomUUID(), effectGoal, AttainmentLevel.FULFILLED,
                        ANALYSIS, "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-22", "reportId"));
    }

    @Test
    void anAssessmentForAClosedReportIsRefusedUnderR21() {
        UUID closed = followUp.addReport(2026, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 4, 30),
                FollowUpDirectory.Status.CLOSED);
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(UUID.randomUUID(), closed, effectGoal, AttainmentLevel.FULFILLED, ANALYSIS,
                        "Socialnämnden"))
                .expectNoEvents()
                .expectException(violates("R-21", "reportId"));
    }
}
