package se.styrledger.command.followup;

import org.junit.jupiter.api.Test;
import se.styrledger.events.followup.FollowUpReportKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpSettingsTest {

    @Test
    void theDefaultCutOffsAreTheLastOfAprilAugustAndDecemberUnderR20() {
        FollowUpSettings defaults = new FollowUpSettings(null);

        assertThat(defaults.cutOff(FollowUpReportKind.INTERIM_1, 2024)).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(defaults.cutOff(FollowUpReportKind.INTERIM_2, 2024)).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(defaults.cutOff(FollowUpReportKind.ANNUAL, 2024)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void cutOffsOutOfCalendarOrderStopTheLedgerUnderR20() {
        assertThatThrownBy(() -> new FollowUpSettings(List.of("08-31", "04-30", "12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("calendar order");
    }

    @Test
    void anythingButThreeCutOffsStopsTheLedgerUnderR20() {
        assertThatThrownBy(() -> new FollowUpSettings(List.of("04-30", "12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("three dates");
    }

    @Test
    void theArsredovisningAlwaysClosesTheFinancialYearOnTheLastOfDecemberUnderR20() {
        assertThatThrownBy(() -> new FollowUpSettings(List.of("03-31", "08-31", "11-30")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("12-31");
        assertThat(new FollowUpSettings(List.of("03-31", "08-31", "12-31")).cutOff(FollowUpReportKind.ANNUAL, 2024))
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aCutOffThatIsNoDateStopsTheLedger() {
        assertThatThrownBy(() -> new FollowUpSettings(List.of("04-31", "08-31", "12-31")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("04-31");
    }
}
