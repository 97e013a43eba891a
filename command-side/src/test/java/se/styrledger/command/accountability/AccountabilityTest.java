package se.styrledger.command.accountability;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.accountability.Accountability.DecideDischarge;
import se.styrledger.command.accountability.Accountability.IssueAuditAssessment;
import se.styrledger.command.accountability.Accountability.IssueAuditReport;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.accountability.AuditAssessmentIssued;
import se.styrledger.events.accountability.AuditRecommendation;
import se.styrledger.events.accountability.AuditReportIssued;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.events.accountability.DischargeDecided;
import se.styrledger.events.accountability.DischargeOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class AccountabilityTest {

    private Kommun kommun;
    private AggregateTestFixture<Accountability> fixture;
    private UUID id;
    private final UUID reportId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        id = Accountability.idFor(kommun.socialCommittee, 2019);
        fixture = new AggregateTestFixture<>(Accountability.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    private static AuditorsDocument document(String issuedOn) {
        return new AuditorsDocument(LocalDate.parse(issuedOn), "REV 2020/0003", null, List.of());
    }

    private AuditAssessmentIssued assessed(AuditRecommendation recommendation, String remark, String grounds) {
        return new AuditAssessmentIssued(id, kommun.socialCommittee, 2019, "Verksamheten bedrivs i huvudsak"
                + " ändamålsenligt", recommendation, remark, grounds, document("2020-04-02"));
    }

    @Test
    void theRevisorerIssueAGranskningsrapportOnANamndsYear() {
        fixture.givenNoPriorActivity()
                .when(new IssueAuditReport(id, reportId, kommun.socialCommittee, 2019, "Granskning av"
                        + " försörjningsstöd", "Kontrollen av utbetalningar är otillräcklig", document("2019-11-20")))
                .expectEvents(new AuditReportIssued(id, reportId, kommun.socialCommittee, 2019, "Granskning av"
                        + " försörjningsstöd", "Kontrollen av utbetalningar är otillräcklig", document("2019-11-20")));
    }

    @Test
    void aCompanyIsNotExaminedInTheAnsvarsprovningUnderR50() {
        UUID company = Accountability.idFor(kommun.housingCompany, 2019);
        fixture.givenNoPriorActivity()
                .when(new IssueAuditReport(company, reportId, kommun.housingCompany, 2019, "Granskning",
                        "Slutsats", document("2019-11-20")))
                .expectNoEvents()
                .expectException(violates("R-50"));
    }

    @Test
    void revisorerWhoAvstyrkerAnsvarsfrihetMustGiveTheirGroundsUnderR50() {
        fixture.givenNoPriorActivity()
                .when(new IssueAuditAssessment(id, kommun.socialCommittee, 2019, "Brister i styrningen",
                        AuditRecommendation.NO_DISCHARGE, null, " ", document("2020-04-02")))
                .expectNoEvents()
                .expectException(violates("R-50"));
    }

    @Test
    void anAnmarkningByTheRevisorerNeedsItsGroundsUnderR50() {
        fixture.givenNoPriorActivity()
                .when(new IssueAuditAssessment(id, kommun.socialCommittee, 2019, "Brister i styrningen",
                        AuditRecommendation.DISCHARGE, "Bristande intern kontroll", null, document("2020-04-02")))
                .expectNoEvents()
                .expectException(violates("R-50"));
    }

    @Test
    void theBedomningOfAYearCannotPrecedeTheYearsEndUnderR50() {
        fixture.givenNoPriorActivity()
                .when(new IssueAuditAssessment(id, kommun.socialCommittee, 2019, "Bedömning",
                        AuditRecommendation.DISCHARGE, null, null, document("2019-12-30")))
                .expectNoEvents()
                .expectException(violates("R-50"));
    }

    @Test
    void kfGrantsAnsvarsfrihetAfterTheRevisorersBedomning() {
        fixture.given(assessed(AuditRecommendation.DISCHARGE, null, null))
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.GRANTED, null,
                        kommun.byCouncil("2020-04-27")))
                .expectEvents(new DischargeDecided(id, kommun.socialCommittee, 2019, DischargeOutcome.GRANTED, null,
                        kommun.byCouncil("2020-04-27")));
    }

    @Test
    void onlyKfDecidesAnsvarsfrihetUnderR51() {
        fixture.given(assessed(AuditRecommendation.DISCHARGE, null, null))
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.GRANTED, null,
                        kommun.by(kommun.executiveBoard, "2020-04-27")))
                .expectNoEvents()
                .expectException(violates("R-51"));
    }

    @Test
    void aRefusalWithoutGroundsIsRefusedUnderR51() {
        fixture.given(assessed(AuditRecommendation.NO_DISCHARGE, null, "Brister"))
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.REFUSED, null,
                        kommun.byCouncil("2020-04-27")))
                .expectNoEvents()
                .expectException(violates("R-51"));
    }

    @Test
    void anAnmarkningWithoutGroundsIsRefusedUnderR51() {
        fixture.given(assessed(AuditRecommendation.DISCHARGE, null, null))
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.REMARK, "",
                        kommun.byCouncil("2020-04-27")))
                .expectNoEvents()
                .expectException(violates("R-51"));
    }

    @Test
    void kfCannotDecideBeforeTheRevisorersBedomningIsRecordedUnderR51() {
        fixture.givenNoPriorActivity()
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.GRANTED, null,
                        kommun.byCouncil("2020-04-27")))
                .expectNoEvents()
                .expectException(violates("R-51"));
    }

    @Test
    void kfCannotDecideBeforeTheDateOfTheBedomningUnderR51() {
        fixture.given(assessed(AuditRecommendation.DISCHARGE, null, null))
                .when(new DecideDischarge(id, kommun.socialCommittee, 2019, DischargeOutcome.GRANTED, null,
                        kommun.byCouncil("2020-03-30")))
                .expectNoEvents()
                .expectException(violates("R-51"));
    }
}
