package se.styrledger.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

    @Test
    void aDecisionTakesEffectOnItsMeetingDateUnlessItSaysOtherwise() {
        Decision decision = new Decision(UUID.randomUUID(), LocalDate.of(2024, 6, 17), "§ 90", "KS 2024/0458", null);

        assertThat(decision.effectiveFrom()).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void aDecisionMayTakeEffectOnALaterDate() {
        Decision decision = new Decision(UUID.randomUUID(), LocalDate.of(2024, 6, 17), "§ 90", "KS 2024/0458",
                LocalDate.of(2025, 1, 1));

        assertThat(decision.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
