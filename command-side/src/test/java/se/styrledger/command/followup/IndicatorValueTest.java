package se.styrledger.command.followup;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.styrledger.command.followup.FollowUpCommands.CorrectIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.ReportIndicatorValue;
import se.styrledger.command.followup.FollowUpCommands.WithdrawIndicatorValue;
import se.styrledger.command.testing.FakeGoalDirectory;
import se.styrledger.command.testing.FakeUnitDirectory;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.styrledger.command.followup.Refusals.violates;

class IndicatorValueTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final Period MARCH_2026 = new Period(PeriodKind.MONTH, 2026, 3);

    private AggregateTestFixture<IndicatorValue> fixture;
    private FakeFollowUpDirectory followUp;
    private UUID indicator;
    private UUID committee;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndicatorValue.class);
        followUp = new FakeFollowUpDirectory();
        FakeGoalDirectory goals = new FakeGoalDirectory();
        FakeUnitDirectory units = new FakeUnitDirectory();
        UUID council = units.add(UnitKind.COUNCIL, null, LocalDate.of(2015, 1, 1));
        committee = units.add(UnitKind.COMMITTEE, council, LocalDate.of(2015, 1, 1));
        indicator = goals.addIndicator();
        fixture.registerInjectableResource(followUp);
        fixture.registerInjectableResource(goals);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(CLOCK);
    }

    private ReportIndicatorValue report(UUID valueId, Period period, String value) {
        return new ReportIndicatorValue(valueId, indicator, committee, period, new BigDecimal(value),
                new GenderSplit(new BigDecimal("81.0"), new BigDecimal("76.5")), "Kolada N00002");
    }

    @Test
    void aValueIsReportedWithItsSourceAndGenderSplit() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(report(id, MARCH_2026, "78.9"))
                .expectEvents(new IndicatorValueReported(id, indicator, committee, MARCH_2026, new BigDecimal("78.9"),
                        new GenderSplit(new BigDecimal("81.0"), new BigDecimal("76.5")), "Kolada N00002", null));
    }

    @Test
    void aValueReportedAfterItsPeriodsReportClosedIsAcceptedAndFlaggedLate() {
        UUID interim1 = followUp.addReport(2026, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 4, 30),
                FollowUpDirectory.Status.CLOSED);
        followUp.addReport(2026, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31), FollowUpDirectory.Status.OPEN);
        UUID id = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(report(id, MARCH_2026, "78.9"))
                .expectEvents(new IndicatorValueReported(id, indicator, committee, MARCH_2026, new BigDecimal("78.9"),
                        new GenderSplit(new BigDecimal("81.0"), new BigDecimal("76.5")), "Kolada N00002", interim1));
        assertThat(followUp.locksTaken).as("the status was read under the shared lock").contains("reports-shared");
    }

    @Test
    void aValueForAPeriodWhoseReportIsStillOpenIsNotLate() {
        followUp.addReport(2026, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 4, 30), FollowUpDirectory.Status.CLOSED);
        Period june = new Period(PeriodKind.MONTH, 2026, 6);
        followUp.addReport(2026, FollowUpReportKind.INTERIM_2, LocalDate.of(2026, 8, 31), FollowUpDirectory.Status.OPEN);
        UUID id = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(report(id, june, "80"))
                .expectEvents(new IndicatorValueReported(id, indicator, committee, june, new BigDecimal("80"),
                        new GenderSplit(new BigDecimal("81.0"), new BigDecimal("76.5")), "Kolada N00002", null));
    }

    @Test
    void aSecondValueForTheSamePeriodIsRefusedUnderR23() {
        followUp.addValue(new FollowUpDirectory.Value(UUID.randomUUID(), indicator, committee, MARCH_2026, null));

        fixture.givenNoPriorActivity()
                .when(report(UUID.randomUUID(), MARCH_2026, "80"))
                .expectNoEvents()
                .expectException(violates("R-23", "period"));
    }

    @Test
    void aCorrectionNamesTheValueItSupersedesAndTheReasonUnderR23() {
        UUID original = UUID.randomUUID();
        followUp.addValue(new FollowUpDirectory.Value(original, indicator, committee, MARCH_2026, null));
        UUID correction = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new CorrectIndicatorValue(correction, original, new BigDecimal("79.4"), null, "Kolada N00002",
                        " Kolada reviderade siffran "))
                .expectEvents(new IndicatorValueCorrected(correction, original, indicator, committee, MARCH_2026,
                        new BigDecimal("79.4"), null, "Kolada N00002", "Kolada reviderade siffran", null));
    }

    @Test
    void aCorrectionWithoutReasonIsRefusedUnderR23() {
        UUID original = UUID.randomUUID();
        followUp.addValue(new FollowUpDirectory.Value(original, indicator, committee, MARCH_2026, null));

        fixture.givenNoPriorActivity()
                .when(new CorrectIndicatorValue(UUID.randomUUID(), original, new BigDecimal("79.4"), null,
                        "Kolada N00002", "  "))
                .expectNoEvents()
                .expectException(violates("R-23", "reason"));
    }

    @Test
    void aValueAlreadySupersededCannotBeCorrectedAgainUnderR23() {
        UUID original = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        followUp.addValue(new FollowUpDirectory.Value(original, indicator, committee, MARCH_2026, current));
        followUp.addValue(new FollowUpDirectory.Value(current, indicator, committee, MARCH_2026, null));

        fixture.givenNoPriorActivity()
                .when(new CorrectIndicatorValue(UUID.randomUUID(), original, new BigDecimal("79.4"), null,
                        "Kolada N00002", "Ny siffra"))
                .expectNoEvents()
                .expectException(violates("R-23", "supersedesValueId"));
    }

    @Test
    void aCorrectionAfterTheReportClosedIsMarkedWithThatReport() {
        UUID interim1 = followUp.addReport(2026, FollowUpReportKind.INTERIM_1, LocalDate.of(2026, 4, 30),
                FollowUpDirectory.Status.ADOPTED);
        UUID original = UUID.randomUUID();
        followUp.addValue(new FollowUpDirectory.Value(original, indicator, committee, MARCH_2026, null));
        UUID correction = UUID.randomUUID();

        fixture.givenNoPriorActivity()
                .when(new CorrectIndicatorValue(correction, original, new BigDecimal("79.4"), null, "Kolada", "Rättat"))
                .expectEvents(new IndicatorValueCorrected(correction, original, indicator, committee, MARCH_2026,
                        new BigDecimal("79.4"), null, "Kolada", "Rättat", interim1));
    }

    @Test
    void aValueWithoutSourceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReportIndicatorValue(UUID.randomUUID(), indicator, committee, MARCH_2026, BigDecimal.ONE,
                        null, ""))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("Källa saknas"));
    }

    @Test
    void aValueForAPeriodNotYetBegunIsRefused() {
        fixture.givenNoPriorActivity()
                .when(report(UUID.randomUUID(), new Period(PeriodKind.MONTH, 2026, 12), "1"))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aValueOfAnUnknownIndicatorIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReportIndicatorValue(UUID.randomUUID(), UUID.randomUUID(), committee, MARCH_2026,
                        BigDecimal.ONE, null, "Egen mätning"))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void aGenderSplitWithNeitherPartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReportIndicatorValue(UUID.randomUUID(), indicator, committee, MARCH_2026, BigDecimal.ONE,
                        new GenderSplit(null, null), "Egen mätning"))
                .expectNoEvents()
                .expectException(LedgerException.class);
    }

    @Test
    void theCurrentValueIsWithdrawnWithItsReason() {
        UUID id = UUID.randomUUID();
        IndicatorValueReported reported = new IndicatorValueReported(id, indicator, committee, MARCH_2026,
                new BigDecimal("78.9"), null, "Kolada N00002", null);
        followUp.addValue(new FollowUpDirectory.Value(id, indicator, committee, MARCH_2026, null));

        fixture.given(reported)
                .when(new WithdrawIndicatorValue(id, "Kolada tog bort värdet"))
                .expectEvents(new IndicatorValueWithdrawn(id, indicator, committee, MARCH_2026,
                        "Kolada tog bort värdet"));
    }

    @Test
    void onlyTheCurrentValueMayBeWithdrawnUnderR23() {
        UUID old = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        followUp.addValue(new FollowUpDirectory.Value(old, indicator, committee, MARCH_2026, current));
        followUp.addValue(new FollowUpDirectory.Value(current, indicator, committee, MARCH_2026, null));

        fixture.given(new IndicatorValueReported(old, indicator, committee, MARCH_2026, new BigDecimal("78.9"), null,
                        "Kolada N00002", null))
                .when(new WithdrawIndicatorValue(old, "Kolada tog bort värdet"))
                .expectException(violates("R-23", "valueId"))
                .expectNoEvents();
    }
}
