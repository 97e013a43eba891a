package se.styrledger.command.internalcontrol;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.internalcontrol.InternalControlPlan.AdoptInternalControlPlan;
import se.styrledger.command.internalcontrol.InternalControlPlan.RecordControlPerformed;
import se.styrledger.command.internalcontrol.InternalControlPlan.RecordRemedy;
import se.styrledger.command.internalcontrol.InternalControlPlan.ReportInternalControlToExecutiveBoard;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.internalcontrol.Control;
import se.styrledger.events.internalcontrol.ControlPerformed;
import se.styrledger.events.internalcontrol.Deviation;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.events.internalcontrol.InternalControlReportedToExecutiveBoard;
import se.styrledger.events.internalcontrol.Remedy;
import se.styrledger.events.internalcontrol.RemedyRecorded;
import se.styrledger.events.internalcontrol.Risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class InternalControlPlanTest {

    private Kommun kommun;
    private AggregateTestFixture<InternalControlPlan> fixture;
    private UUID planId;
    private final UUID riskId = UUID.randomUUID();
    private final UUID controlId = UUID.randomUUID();
    private final UUID deviationId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        planId = InternalControlPlan.idFor(kommun.socialCommittee, 2025);
        fixture = new AggregateTestFixture<>(InternalControlPlan.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    private Risk risk(int likelihood, int consequence) {
        return new Risk(riskId, "Felaktiga utbetalningar av försörjningsstöd", likelihood, consequence);
    }

    private Control control(String responsible, LocalDate due) {
        return new Control(controlId, "Utbetalningar av försörjningsstöd", "Stickprov om 20 ärenden", responsible,
                due, "varje tertial", riskId);
    }

    private InternalControlPlanAdopted adopted() {
        return new InternalControlPlanAdopted(planId, kommun.socialCommittee, 2025, List.of(risk(3, 4)),
                List.of(control("Enhetschef ekonomiskt bistånd", LocalDate.of(2025, 4, 30))),
                kommun.by(kommun.socialCommittee, "2024-12-16"));
    }

    private ControlPerformed performedWithDeviation() {
        return new ControlPerformed(planId, controlId, LocalDate.of(2025, 4, 28), "2 av 20 ärenden saknade beslut",
                new Deviation(deviationId, "Utbetalning utan dokumenterat beslut"));
    }

    @Test
    void theCommitteeAdoptsItsOwnPlanWithItsRiskAnalysis() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(risk(3, 4)),
                        List.of(control("Enhetschef ekonomiskt bistånd", LocalDate.of(2025, 4, 30))),
                        kommun.by(kommun.socialCommittee, "2024-12-16")))
                .expectEvents(adopted());
    }

    @Test
    void aPlanAdoptedByTheExecutiveBoardForACommitteeIsRefusedUnderR42() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(risk(3, 4)),
                        List.of(), kommun.by(kommun.executiveBoard, "2024-12-16")))
                .expectNoEvents()
                .expectException(violates("R-42"));
    }

    @Test
    void aRiskScoredFiveIsRefusedUnderR42() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(risk(5, 2)),
                        List.of(), kommun.by(kommun.socialCommittee, "2024-12-16")))
                .expectNoEvents()
                .expectException(violates("R-42"));
    }

    @Test
    void aPlanWithoutRisksIsRefusedUnderR42() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(), List.of(),
                        kommun.by(kommun.socialCommittee, "2024-12-16")))
                .expectNoEvents()
                .expectException(violates("R-42"));
    }

    @Test
    void aControlWithoutAResponsiblePersonIsRefusedUnderR43() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(risk(2, 2)),
                        List.of(control(" ", LocalDate.of(2025, 4, 30))),
                        kommun.by(kommun.socialCommittee, "2024-12-16")))
                .expectNoEvents()
                .expectException(violates("R-43"));
    }

    @Test
    void aControlWithoutATimeIsRefusedUnderR43() {
        fixture.givenNoPriorActivity()
                .when(new AdoptInternalControlPlan(planId, kommun.socialCommittee, 2025, List.of(risk(2, 2)),
                        List.of(control("Enhetschef", null)), kommun.by(kommun.socialCommittee, "2024-12-16")))
                .expectNoEvents()
                .expectException(violates("R-43"));
    }

    @Test
    void aControlFindsADeviation() {
        fixture.given(adopted())
                .when(new RecordControlPerformed(planId, controlId, LocalDate.of(2025, 4, 28),
                        "2 av 20 ärenden saknade beslut",
                        new Deviation(deviationId, "Utbetalning utan dokumenterat beslut")))
                .expectEvents(performedWithDeviation());
    }

    @Test
    void aDeviationWithNeitherRemedyNorReasonIsRefusedUnderR44() {
        fixture.given(adopted(), performedWithDeviation())
                .when(new RecordRemedy(planId, deviationId, null, " ", LocalDate.of(2025, 5, 20)))
                .expectNoEvents()
                .expectException(violates("R-44"));
    }

    @Test
    void aDeviationMayGetARecordedReasonInsteadOfARemedy() {
        fixture.given(adopted(), performedWithDeviation())
                .when(new RecordRemedy(planId, deviationId, null, "Rutinen ersätts av nytt system i juni",
                        LocalDate.of(2025, 5, 20)))
                .expectEvents(new RemedyRecorded(planId, deviationId, null, "Rutinen ersätts av nytt system i juni",
                        LocalDate.of(2025, 5, 20)));
    }

    @Test
    void theReportToTheExecutiveBoardWithAnUnansweredDeviationIsRefusedUnderR44() {
        fixture.given(adopted(), performedWithDeviation())
                .when(new ReportInternalControlToExecutiveBoard(planId, "Uppföljning 2025",
                        kommun.by(kommun.socialCommittee, "2025-11-17")))
                .expectNoEvents()
                .expectException(violates("R-44"));
    }

    @Test
    void theCommitteeReportsToTheExecutiveBoardOnceEveryDeviationIsAnswered() {
        Remedy remedy = new Remedy("Checklista vid beslut", "Enhetschef", LocalDate.of(2025, 6, 30));
        fixture.given(adopted(), performedWithDeviation(), new RemedyRecorded(planId, deviationId, remedy, null,
                        LocalDate.of(2025, 5, 20)))
                .when(new ReportInternalControlToExecutiveBoard(planId, "Uppföljning 2025",
                        kommun.by(kommun.socialCommittee, "2025-11-17")))
                .expectEvents(new InternalControlReportedToExecutiveBoard(planId, "Uppföljning 2025",
                        kommun.by(kommun.socialCommittee, "2025-11-17")));
    }

    @Test
    void theReportToTheExecutiveBoardIsDecidedByTheCommitteeItselfUnderR42() {
        fixture.given(adopted())
                .when(new ReportInternalControlToExecutiveBoard(planId, "Uppföljning 2025",
                        kommun.by(kommun.technicalCommittee, "2025-11-17")))
                .expectNoEvents()
                .expectException(violates("R-42"));
    }
}
