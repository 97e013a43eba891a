package se.styrledger.command.rights;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.rights.RightCommands.ConfigureRecordingRight;
import se.styrledger.command.rights.RightCommands.GrantRecordingRight;
import se.styrledger.command.rights.RightCommands.RevokeRecordingRight;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.testing.Kommun;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.rights.Grantee;
import se.styrledger.events.rights.GranteeKind;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.events.rights.RecordingRightGranted;
import se.styrledger.events.rights.RecordingRightRevoked;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.command.testing.Violates.violates;

/** The delegationsordning's aggregate: who may grant, what a grant names, and how a right ends. */
class RecordingRightTest {

    private static final Grantee ANNA = new Grantee(GranteeKind.ACCOUNT, "anna.svensson");

    private final Kommun kommun = new Kommun();
    private AggregateTestFixture<RecordingRight> fixture;
    private final UUID rightId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        fixture = fixture(new RecordingRightSettings(null, null));
    }

    private AggregateTestFixture<RecordingRight> fixture(RecordingRightSettings settings) {
        AggregateTestFixture<RecordingRight> fixture = new AggregateTestFixture<>(RecordingRight.class);
        fixture.registerInjectableResource(kommun.units);
        fixture.registerInjectableResource(Kommun.CLOCK);
        fixture.registerInjectableResource(settings);
        return fixture;
    }

    private RecordingRightGranted granted(String decidedOn) {
        return new RecordingRightGranted(rightId, ANNA, kommun.socialCommittee, true,
                kommun.by(kommun.executiveBoard, decidedOn));
    }

    @Test
    void theExecutiveBoardGrantsARightForANamndAndTheUnitsBelowIt() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, true,
                        kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectEvents(granted("2024-01-15"));
    }

    @Test
    void aRightGrantedWithoutSayingSoCoversOnlyTheUnitItself() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, null,
                        kommun.byCouncil("2024-01-15")))
                .expectEvents(new RecordingRightGranted(rightId, ANNA, kommun.socialCommittee, false,
                        kommun.byCouncil("2024-01-15")));
    }

    @Test
    void aNamndCannotGrantItselfARightUnderR32() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, false,
                        kommun.by(kommun.socialCommittee, "2024-01-15")))
                .expectException(violates("R-32"))
                .expectNoEvents();
    }

    @Test
    void whoMayGrantIsConfigurationUnderR32() {
        fixture(new RecordingRightSettings(Set.of(UnitKind.COUNCIL), null)).givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, false,
                        kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectException(violates("R-32"));
    }

    @Test
    void aRightForAUnitThatDoesNotExistIsRefusedUnderR32() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, UUID.randomUUID(), false,
                        kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectException(violates("R-32"));
    }

    @Test
    void aRightForADissolvedUnitIsRefusedUnderR32() {
        kommun.units.dissolve(kommun.technicalAdministration, LocalDate.of(2023, 1, 1));

        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.technicalAdministration, false,
                        kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectException(violates("R-32"));
    }

    @Test
    void aGrantWithoutAWholeDecisionIsRefusedUnderR31() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, false, null))
                .expectException(violates("R-31"));
    }

    @Test
    void aGrantNamesWhoGetsIt() {
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, new Grantee(GranteeKind.GROUP, " "), kommun.socialCommittee,
                        false, kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectException(LedgerException.class)
                .expectExceptionMessage("Kontots eller gruppens namn saknas.");
        fixture.givenNoPriorActivity()
                .when(new GrantRecordingRight(rightId, new Grantee(null, "socialsekreterare"),
                        kommun.socialCommittee, false, kommun.by(kommun.executiveBoard, "2024-01-15")))
                .expectException(LedgerException.class);
    }

    @Test
    void aRightIsRevokedByDecisionFromADate() {
        fixture.given(granted("2024-01-15"))
                .when(new RevokeRecordingRight(rightId, "Tjänsten avslutad", kommun.by(kommun.executiveBoard,
                        "2024-06-10")))
                .expectEvents(new RecordingRightRevoked(rightId, "Tjänsten avslutad",
                        kommun.by(kommun.executiveBoard, "2024-06-10")));
    }

    @Test
    void aRightCannotBeRevokedBeforeItWasInForceUnderR32() {
        fixture.given(granted("2024-01-15"))
                .when(new RevokeRecordingRight(rightId, null, kommun.by(kommun.executiveBoard, "2024-01-10")))
                .expectException(violates("R-32"));
    }

    @Test
    void aRightIsRevokedOnce() {
        fixture.given(granted("2024-01-15"), new RecordingRightRevoked(rightId, null,
                        kommun.by(kommun.executiveBoard, "2024-06-10")))
                .when(new RevokeRecordingRight(rightId, null, kommun.by(kommun.executiveBoard, "2024-06-11")))
                .expectException(LedgerException.class)
                .expectExceptionMessage("Behörigheten " + rightId + " är redan återkallad.");
    }

    @Test
    void onlyABodyThatMayGrantRevokesUnderR32() {
        fixture.given(granted("2024-01-15"))
                .when(new RevokeRecordingRight(rightId, null, kommun.by(kommun.socialCommittee, "2024-06-10")))
                .expectException(violates("R-32"));
    }

    @Test
    void theRightFromConfigurationIsRecordedAsConfiguredAndRevokedLikeAnyOther() {
        fixture.givenNoPriorActivity()
                .when(new ConfigureRecordingRight(rightId, ANNA, LocalDate.of(2026, 11, 28), "accounts=anna.svensson"))
                .expectEvents(new RecordingRightConfigured(rightId, ANNA, LocalDate.of(2026, 11, 28),
                        "accounts=anna.svensson"));
        fixture.given(new RecordingRightConfigured(rightId, ANNA, LocalDate.of(2026, 11, 28), "accounts=anna.svensson"))
                .when(new RevokeRecordingRight(rightId, null, kommun.by(kommun.executiveBoard, "2026-11-28")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void grantingAndRevokingAreRecordedForTheDecidingBody() {
        GrantRecordingRight grant = new GrantRecordingRight(rightId, ANNA, kommun.socialCommittee, false,
                kommun.by(kommun.executiveBoard, "2024-01-15"));

        assertThat(grant.recordingScope(null)).isEqualTo(RecordingScope.units(kommun.executiveBoard));
        assertThat(new RevokeRecordingRight(rightId, null, null).recordingScope(null))
                .as("no decision: only a recorder for KF gets to hear R-31").isEqualTo(RecordingScope.council());
    }
}
