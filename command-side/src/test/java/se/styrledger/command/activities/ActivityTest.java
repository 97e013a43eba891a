package se.styrledger.command.activities;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.activities.Activity.ChangeActivityStatus;
import se.styrledger.command.activities.Activity.PlanActivity;
import se.styrledger.command.activities.Activity.ReviseActivity;
import se.styrledger.command.goals.GoalKind;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.activities.ActivityRevised;
import se.styrledger.events.activities.ActivityStatus;
import se.styrledger.events.activities.ActivityStatusChanged;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class ActivityTest {

    private static final String TITLE = "Inköp av 2-fackssopbilar och matavfallskärl";
    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    private Kommun kommun;
    private AggregateTestFixture<Activity> fixture;
    private UUID effectGoal;
    private final UUID activityId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        effectGoal = kommun.goals.add(GoalKind.EFFECT_GOAL, null, kommun.technicalCommittee, 2024, 2024,
                LocalDate.of(2023, 10, 16));
        fixture = new AggregateTestFixture<>(Activity.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(kommun.goals);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    private PlanActivity plan(String title, String responsible, LocalDate due) {
        return new PlanActivity(activityId, effectGoal, title, responsible, due, false,
                kommun.by(kommun.technicalCommittee, "2023-11-13"));
    }

    private ActivityPlanned planned() {
        return new ActivityPlanned(activityId, effectGoal, TITLE, "Avfallschef", DUE, false,
                kommun.by(kommun.technicalCommittee, "2023-11-13"));
    }

    @Test
    void aConcreteResponsibleTimedActivityIsPlanned() {
        fixture.givenNoPriorActivity()
                .when(plan(TITLE, "Avfallschef", DUE))
                .expectEvents(planned());
    }

    @Test
    void anActivityWithoutTitleIsRefusedUnderR13() {
        fixture.givenNoPriorActivity().when(plan(" ", "Avfallschef", DUE))
                .expectNoEvents().expectException(violates("R-13"));
    }

    @Test
    void anActivityWithoutResponsibleIsRefusedUnderR13() {
        fixture.givenNoPriorActivity().when(plan(TITLE, null, DUE))
                .expectNoEvents().expectException(violates("R-13"));
    }

    @Test
    void anActivityWithoutDueDateIsRefusedUnderR13() {
        fixture.givenNoPriorActivity().when(plan(TITLE, "Avfallschef", null))
                .expectNoEvents().expectException(violates("R-13"));
    }

    @Test
    void anActivityDueFarFromItsYearIsRefusedUnderR13() {
        fixture.givenNoPriorActivity().when(plan(TITLE, "Avfallschef", LocalDate.of(2027, 1, 1)))
                .expectNoEvents().expectException(violates("R-13"));
    }

    @Test
    void aRevisionCannotDropTheResponsibleUnderR13() {
        fixture.given(planned())
                .when(new ReviseActivity(activityId, TITLE, "", DUE, "Omorganisation", null))
                .expectNoEvents().expectException(violates("R-13"));
    }

    @Test
    void anActivityPlannedByAnotherCommitteeIsRefusedUnderR02() {
        fixture.givenNoPriorActivity()
                .when(new PlanActivity(activityId, effectGoal, TITLE, "Avfallschef", DUE, false,
                        kommun.by(kommun.socialCommittee, "2023-11-13")))
                .expectNoEvents().expectException(violates("R-02"));
    }

    @Test
    void theStatusChangesWithAComment() {
        fixture.given(planned())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.IN_PROGRESS, "Upphandling klar",
                        LocalDate.of(2024, 2, 1), null))
                .expectEvents(new ActivityStatusChanged(activityId, ActivityStatus.IN_PROGRESS, "Upphandling klar",
                        LocalDate.of(2024, 2, 1), null));
    }

    @Test
    void aStatusChangeWithoutCommentIsRefused() {
        fixture.given(planned())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.DONE, null, LocalDate.of(2024, 2, 1), null))
                .expectNoEvents().expectException(LedgerException.class);
    }

    private ActivityPlanned imposedByTheCouncil() {
        return new ActivityPlanned(activityId, effectGoal, TITLE, "Avfallschef", DUE, true,
                kommun.byCouncil("2023-06-19"));
    }

    @Test
    void aRevisionDecidedByAnotherCommitteeIsRefusedUnderR02() {
        fixture.given(planned())
                .when(new ReviseActivity(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.by(kommun.socialCommittee, "2024-01-15")))
                .expectNoEvents().expectException(violates("R-02"));
        fixture.given(planned())
                .when(new ReviseActivity(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.by(kommun.technicalCommittee, "2024-01-15")))
                .expectEvents(new ActivityRevised(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.by(kommun.technicalCommittee, "2024-01-15")));
    }

    @Test
    void anActivityTheCouncilImposedIsRevisedOnlyByTheCouncilUnderR02() {
        fixture.given(imposedByTheCouncil())
                .when(new ReviseActivity(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation", null))
                .expectNoEvents().expectException(violates("R-02"));
        fixture.given(imposedByTheCouncil())
                .when(new ReviseActivity(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.by(kommun.technicalCommittee, "2024-01-15")))
                .expectNoEvents().expectException(violates("R-02"));
        fixture.given(imposedByTheCouncil())
                .when(new ReviseActivity(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.byCouncil("2024-01-15")))
                .expectEvents(new ActivityRevised(activityId, TITLE, "Renhållningschef", DUE, "Ny organisation",
                        kommun.byCouncil("2024-01-15")));
    }

    @Test
    void anActivityTheCouncilImposedIsCancelledOnlyByTheCouncilButItsProgressIsReportedByTheCommitteeUnderR02() {
        fixture.given(imposedByTheCouncil())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.CANCELLED, "Inte längre aktuell",
                        LocalDate.of(2024, 2, 1), kommun.by(kommun.technicalCommittee, "2024-01-15")))
                .expectNoEvents().expectException(violates("R-02"));
        fixture.given(imposedByTheCouncil())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.CANCELLED, "Inte längre aktuell",
                        LocalDate.of(2024, 2, 1), null))
                .expectNoEvents().expectException(violates("R-02"));
        fixture.given(imposedByTheCouncil())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.IN_PROGRESS, "Upphandling klar",
                        LocalDate.of(2024, 2, 1), null))
                .expectEvents(new ActivityStatusChanged(activityId, ActivityStatus.IN_PROGRESS, "Upphandling klar",
                        LocalDate.of(2024, 2, 1), null));
    }

    @Test
    void aStatusChangeDecidedByAnotherCommitteeIsRefusedUnderR02() {
        fixture.given(planned())
                .when(new ChangeActivityStatus(activityId, ActivityStatus.CANCELLED, "Inte längre aktuell",
                        LocalDate.of(2024, 2, 1), kommun.by(kommun.socialCommittee, "2024-01-15")))
                .expectNoEvents().expectException(violates("R-02"));
    }
}
