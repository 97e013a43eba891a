package se.styrledger.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.organisation.UnitCommands.DissolveUnit;
import se.styrledger.command.organisation.UnitCommands.EstablishUnit;
import se.styrledger.command.organisation.UnitCommands.MoveUnit;
import se.styrledger.command.organisation.UnitCommands.RenameUnit;
import se.styrledger.command.testing.FakeUnitDirectory;
import se.styrledger.events.Decision;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.organisation.UnitMoved;
import se.styrledger.events.organisation.UnitRenamed;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

class OrganisationUnitTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private AggregateTestFixture<OrganisationUnit> fixture;
    private FakeUnitDirectory directory;
    private UUID council;
    private UUID socialCommittee;
    private UUID administration;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationUnit.class);
        directory = new FakeUnitDirectory();
        council = directory.add(UnitKind.COUNCIL, null, LocalDate.of(2015, 1, 1));
        socialCommittee = directory.add(UnitKind.COMMITTEE, council, LocalDate.of(2015, 1, 1));
        administration = directory.add(UnitKind.ADMINISTRATION, socialCommittee, LocalDate.of(2015, 1, 1));
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(CLOCK);
    }

    private Decision byCouncil(String date) {
        return new Decision(council, LocalDate.parse(date), "§ 90", "KS 2019/0458", null);
    }

    @Test
    void theCouncilIsEstablishedByItsOwnDecision() {
        UUID id = UUID.randomUUID();
        Decision founding = new Decision(null, LocalDate.of(2015, 1, 1), "§ 1", "KS 2015/0001", null);

        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(id, "Kommunfullmäktige", UnitKind.COUNCIL, null, founding))
                .expectEvents(new UnitEstablished(id, "Kommunfullmäktige", UnitKind.COUNCIL, null,
                        new Decision(id, LocalDate.of(2015, 1, 1), "§ 1", "KS 2015/0001", null)));
    }

    @Test
    void aCommitteeIsEstablishedUnderTheCouncilByTheCouncil() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(id, "Miljönämnden", UnitKind.COMMITTEE, council, byCouncil("2019-06-17")))
                .expectEvents(new UnitEstablished(id, "Miljönämnden", UnitKind.COMMITTEE, council,
                        byCouncil("2019-06-17")));
    }

    @Test
    void aDecisionWithoutParagraphIsRefusedUnderR31() {
        Decision noParagraph = new Decision(council, LocalDate.of(2019, 6, 17), " ", "KS 2019/0458", null);
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Miljönämnden", UnitKind.COMMITTEE, council, noParagraph))
                .expectNoEvents()
                .expectException(LedgerException.class)
                .expectExceptionMessage("Paragraf (§) saknas.");
    }

    @Test
    void aDecisionWithoutCaseNumberIsRefusedUnderR31() {
        Decision noCaseNumber = new Decision(council, LocalDate.of(2019, 6, 17), "§ 90", null, null);
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Miljönämnden", UnitKind.COMMITTEE, council, noCaseNumber))
                .expectNoEvents()
                .expectExceptionMessage("Diarienummer saknas.");
    }

    @Test
    void aDecisionByAnUnknownBodyIsRefusedUnderR31() {
        Decision unknownBody = new Decision(UUID.randomUUID(), LocalDate.of(2019, 6, 17), "§ 90", "KS 2019/1", null);
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Miljönämnden", UnitKind.COMMITTEE, council, unknownBody))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aForvaltningTakesNoDecisionsUnderR31() {
        Decision byAdministration = new Decision(administration, LocalDate.of(2019, 6, 17), "§ 1", "SOC 2019/1", null);
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Enhet", UnitKind.UNIT, administration, byAdministration))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aMeetingDateInTheFutureIsRefusedUnderR31() {
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Miljönämnden", UnitKind.COMMITTEE, council,
                        byCouncil("2027-01-10")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aCommitteeCannotSitUnderAnotherCommittee() {
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Miljönämnden", UnitKind.COMMITTEE, socialCommittee,
                        byCouncil("2019-06-17")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aUnitIsRenamedByDecision() {
        UUID id = UUID.randomUUID();
        fixture.given(new UnitEstablished(id, "Miljönämnden", UnitKind.COMMITTEE, council, byCouncil("2019-06-17")))
                .when(new RenameUnit(id, "Miljö- och byggnämnden", byCouncil("2021-06-14")))
                .expectEvents(new UnitRenamed(id, "Miljö- och byggnämnden", byCouncil("2021-06-14")));
    }

    @Test
    void anAdministrationMovesToServeAnotherCommittee() {
        UUID id = UUID.randomUUID();
        UUID otherCommittee = directory.add(UnitKind.COMMITTEE, council, LocalDate.of(2015, 1, 1));
        fixture.given(new UnitEstablished(id, "Miljöförvaltningen", UnitKind.ADMINISTRATION, socialCommittee,
                        byCouncil("2019-06-17")))
                .when(new MoveUnit(id, otherCommittee, byCouncil("2022-01-10")))
                .expectEvents(new UnitMoved(id, otherCommittee, byCouncil("2022-01-10")));
    }

    @Test
    void aDissolvedUnitTakesNoFurtherChanges() {
        UUID id = UUID.randomUUID();
        fixture.given(new UnitEstablished(id, "Miljönämnden", UnitKind.COMMITTEE, council, byCouncil("2019-06-17")),
                        new UnitDissolved(id, byCouncil("2022-12-31")))
                .when(new RenameUnit(id, "Något annat", byCouncil("2023-02-01")))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aUnitIsDissolvedByDecision() {
        UUID id = UUID.randomUUID();
        fixture.given(new UnitEstablished(id, "Miljönämnden", UnitKind.COMMITTEE, council, byCouncil("2019-06-17")))
                .when(new DissolveUnit(id, byCouncil("2022-12-31")))
                .expectEvents(new UnitDissolved(id, byCouncil("2022-12-31")));
    }

    @Test
    void aBodyDissolvedBeforeTheMeetingCannotDecide() {
        directory.dissolve(socialCommittee, LocalDate.of(2018, 12, 31));
        Decision byDissolved = new Decision(socialCommittee, LocalDate.of(2019, 6, 17), "§ 3", "SOC 2019/3", null);
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit(UUID.randomUUID(), "Förvaltning", UnitKind.ADMINISTRATION, council, byDissolved))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }
}
