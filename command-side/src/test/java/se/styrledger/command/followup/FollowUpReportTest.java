package se.styrledger.command.followup;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.followup.FollowUpCommands.AdoptFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.CloseFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.OpenFollowUpReport;
import se.styrledger.command.testing.FakeUnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.followup.FollowUpReportAdopted;
import se.styrledger.events.followup.FollowUpReportClosed;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static se.styrledger.command.followup.Refusals.violates;

class FollowUpReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private AggregateTestFixture<FollowUpReport> fixture;
    private FakeFollowUpDirectory followUp;
    private UUID council;
    private UUID committee;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FollowUpReport.class);
        followUp = new FakeFollowUpDirectory();
        FakeUnitDirectory units = new FakeUnitDirectory();
        council = units.add(UnitKind.COUNCIL, null, LocalDate.of(2015, 1, 1));
        committee = units.add(UnitKind.COMMITTEE, council, LocalDate.of(2015, 1, 1));
        fixture.registerInjectableResource(followUp);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(new FollowUpSettings(List.of("03-31", "08-31", "12-31")));
        fixture.registerInjectableResource(CLOCK);
    }

    private static FollowUpReportOpened opened(UUID id, FollowUpReportKind kind, LocalDate cutOff) {
        return new FollowUpReportOpened(id, cutOff.getYear(), kind, cutOff);
    }

    @Test
    void aReportTakesItsCutOffFromConfigurationUnderR20() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new OpenFollowUpReport(id, 2026, FollowUpReportKind.INTERIM_1))
                .expectEvents(opened(id, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aSecondReportOfTheSameKindAndYearIsRefusedUnderR20() {
        followUp.addReport(2026, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31), FollowUpDirectory.Status.OPEN);
        fixture.givenNoPriorActivity()
                .when(new OpenFollowUpReport(UUID.randomUUID(), 2026, FollowUpReportKind.INTERIM_2))
                .expectNoEvents()
                .expectException(violates("R-20", "kind"));
    }

    @Test
    void aReportIsNotClosedBeforeItsCutOffUnderR20() {
        UUID id = UUID.randomUUID();
        fixture.given(opened(id, FollowUpReportKind.ANNUAL, LocalDate.of(2026, 12, 31)))
                .when(new CloseFollowUpReport(id))
                .expectNoEvents()
                .expectException(violates("R-20", "reportId"));
    }

    @Test
    void closingAfterTheCutOffFreezesTheReportBehindTheExclusiveLock() {
        UUID id = UUID.randomUUID();
        fixture.given(opened(id, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31)))
                .when(new CloseFollowUpReport(id))
                .expectEvents(new FollowUpReportClosed(id));
        assertThat(followUp.locksTaken).containsExactly("reports-closing");
    }

    @Test
    void aClosedReportIsNotClosedAgain() {
        UUID id = UUID.randomUUID();
        fixture.given(opened(id, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 3, 31)), new FollowUpReportClosed(id))
                .when(new CloseFollowUpReport(id))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void theCouncilAdoptsAClosedReport() {
        UUID id = UUID.randomUUID();
        Decision byCouncil = new Decision(council, LocalDate.of(2026, 10, 26), "§ 140", "KS 2026/0311", null);
        fixture.given(opened(id, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31)), new FollowUpReportClosed(id))
                .when(new AdoptFollowUpReport(id, byCouncil))
                .expectEvents(new FollowUpReportAdopted(id, byCouncil));
    }

    @Test
    void onlyTheCouncilAdoptsAReportUnderR20() {
        UUID id = UUID.randomUUID();
        Decision byCommittee = new Decision(committee, LocalDate.of(2026, 10, 26), "§ 40", "SN 2026/0100", null);
        fixture.given(opened(id, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31)), new FollowUpReportClosed(id))
                .when(new AdoptFollowUpReport(id, byCommittee))
                .expectNoEvents()
                .expectException(violates("R-20", "decision.decidedBy"));
    }

    @Test
    void theCouncilGodkannerTheArsredovisningAndBehandlarADelarsrapportNeverFaststallerUnderR20() {
        UUID annual = UUID.randomUUID();
        Decision byCouncil = new Decision(council, LocalDate.of(2026, 4, 20), "§ 50", "KS 2026/0100", null);
        fixture.given(opened(annual, FollowUpReportKind.ANNUAL, LocalDate.of(2025, 12, 31)),
                        new FollowUpReportClosed(annual), new FollowUpReportAdopted(annual, byCouncil))
                .when(new AdoptFollowUpReport(annual, byCouncil))
                .expectNoEvents()
                .expectExceptionMessage("Rapporten är redan godkänd av kommunfullmäktige.");
        UUID interim = annual;
        fixture.given(opened(interim, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 3, 31)),
                        new FollowUpReportClosed(interim), new FollowUpReportAdopted(interim, byCouncil))
                .when(new AdoptFollowUpReport(interim, byCouncil))
                .expectNoEvents()
                .expectExceptionMessage("Rapporten är redan behandlad av kommunfullmäktige.");
        Decision byCommittee = new Decision(committee, LocalDate.of(2026, 4, 20), "§ 40", "SN 2026/0100", null);
        fixture.given(opened(annual, FollowUpReportKind.ANNUAL, LocalDate.of(2025, 12, 31)),
                        new FollowUpReportClosed(annual))
                .when(new AdoptFollowUpReport(annual, byCommittee))
                .expectExceptionMessage(allOf(containsString("godkänner årsredovisningen"),
                        not(containsString("fastst"))));
    }

    @Test
    void anOpenReportIsNotAdopted() {
        UUID id = UUID.randomUUID();
        Decision byCouncil = new Decision(council, LocalDate.of(2026, 10, 26), "§ 140", "KS 2026/0311", null);
        fixture.given(opened(id, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31)))
                .when(new AdoptFollowUpReport(id, byCouncil))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void anAdoptionDecisionNeedsItsParagraphUnderR31() {
        UUID id = UUID.randomUUID();
        Decision noParagraph = new Decision(council, LocalDate.of(2026, 10, 26), null, "KS 2026/0311", null);
        fixture.given(opened(id, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31)), new FollowUpReportClosed(id))
                .when(new AdoptFollowUpReport(id, noParagraph))
                .expectNoEvents()
                .expectException(violates("R-31", "decision.paragraph"));
    }
}
