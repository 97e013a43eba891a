package se.styrledger.command.support;

import org.junit.jupiter.api.Test;
import se.styrledger.events.Decision;
import se.styrledger.events.DecisionLink;
import se.styrledger.events.DecisionLinkKind;
import se.styrledger.platform.web.LedgerException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DecisionLinksTest {

    record SomeCommand(UUID id, Decision decision) {
    }

    private static SomeCommand withLink(String reference) {
        return new SomeCommand(UUID.randomUUID(), new Decision(UUID.randomUUID(), LocalDate.of(2020, 4, 27), "§ 45",
                "KS 2020/0101", null, List.of(new DecisionLink(DecisionLinkKind.PROTOCOL, reference, "Protokoll"))));
    }

    @Test
    void anHttpsAddressAndADiariumReferenceAreAccepted() {
        assertThatCode(() -> DecisionLinks.requireValidIn(
                withLink("https://www.trelleborg.se/protokoll/kf-2020-04-27.pdf"))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionLinks.requireValidIn(withLink("KS 2019/0458-12"))).doesNotThrowAnyException();
        assertThatCode(() -> DecisionLinks.requireValidIn(withLink("Dnr SN 2020/12"))).doesNotThrowAnyException();
    }

    @Test
    void anAddressThatIsNeitherHttpsNorADiariumReferenceIsRefusedUnderR31NamingTheField() {
        for (String reference : List.of("http://www.trelleborg.se/protokoll.pdf", "javascript:alert(1)",
                "se protokollet", "https://")) {
            LedgerException refused = catchThrowableOfType(LedgerException.class,
                    () -> DecisionLinks.requireValidIn(withLink(reference)));
            assertThat(refused).as(reference).isNotNull();
            assertThat(refused.rule()).isEqualTo("R-31");
            assertThat(refused.field()).isEqualTo("decision.links[0].reference");
        }
    }

    @Test
    void anOverlongReferenceIsRefused() {
        LedgerException refused = catchThrowableOfType(LedgerException.class,
                () -> DecisionLinks.requireValidIn(withLink("https://example.se/" + "a".repeat(600))));
        assertThat(refused.field()).isEqualTo("decision.links[0].reference");
    }

    @Test
    void aDecisionWithoutLinksIsWhatItAlwaysWas() {
        Decision old = new Decision(UUID.randomUUID(), LocalDate.of(2020, 4, 27), "§ 45", "KS 2020/0101", null);
        assertThat(old.links()).isEmpty();
        assertThatCode(() -> DecisionLinks.requireValidIn(new SomeCommand(UUID.randomUUID(), old)))
                .doesNotThrowAnyException();
    }
}
