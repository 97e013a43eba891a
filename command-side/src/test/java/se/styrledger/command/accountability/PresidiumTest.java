package se.styrledger.command.accountability;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.accountability.Presidium.ElectPresidium;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.accountability.OfficeHolder;
import se.styrledger.events.accountability.OfficeRole;
import se.styrledger.events.accountability.PresidiumElected;
import se.styrledger.events.accountability.TermOfOffice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static se.styrledger.command.testing.Violates.violates;

class PresidiumTest {

    private Kommun kommun;
    private AggregateTestFixture<Presidium> fixture;
    private final UUID id = UUID.randomUUID();
    private final TermOfOffice term = new TermOfOffice(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
    private final List<OfficeHolder> holders = List.of(new OfficeHolder("Anna Andersson", OfficeRole.CHAIR, "S"),
            new OfficeHolder("Bertil Berg", OfficeRole.FIRST_VICE_CHAIR, "M"));

    @BeforeEach
    void setUp() {
        kommun = new Kommun();
        fixture = new AggregateTestFixture<>(Presidium.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(Kommun.CLOCK);
    }

    @Test
    void kfElectsANamndsPresidiumForTheMandatperiod() {
        fixture.givenNoPriorActivity()
                .when(new ElectPresidium(id, kommun.socialCommittee, term, holders, kommun.byCouncil("2018-11-26")))
                .expectEvents(new PresidiumElected(id, kommun.socialCommittee, term, holders,
                        kommun.byCouncil("2018-11-26")));
    }

    @Test
    void aPresidiumElectedByTheNamndItselfIsRefusedUnderR52() {
        fixture.givenNoPriorActivity()
                .when(new ElectPresidium(id, kommun.socialCommittee, term, holders,
                        kommun.by(kommun.socialCommittee, "2018-11-26")))
                .expectNoEvents()
                .expectException(violates("R-52"));
    }

    @Test
    void anElectionBeyondOneMandatperiodIsRefusedUnderR52() {
        fixture.givenNoPriorActivity()
                .when(new ElectPresidium(id, kommun.socialCommittee, new TermOfOffice(LocalDate.of(2019, 1, 1),
                        LocalDate.of(2024, 12, 31)), holders, kommun.byCouncil("2018-11-26")))
                .expectNoEvents()
                .expectException(violates("R-52"));
    }

    @Test
    void twoChairsInOneElectionAreRefusedUnderR52() {
        fixture.givenNoPriorActivity()
                .when(new ElectPresidium(id, kommun.socialCommittee, term, List.of(
                        new OfficeHolder("Anna Andersson", OfficeRole.CHAIR, null),
                        new OfficeHolder("Cecilia Ek", OfficeRole.CHAIR, null)), kommun.byCouncil("2018-11-26")))
                .expectNoEvents()
                .expectException(violates("R-52"));
    }
}
