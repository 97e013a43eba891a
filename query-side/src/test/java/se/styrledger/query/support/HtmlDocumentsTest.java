package se.styrledger.query.support;

import org.junit.jupiter.api.Test;
import se.styrledger.query.audit.AuditEntry;
import se.styrledger.query.audit.Finding;
import se.styrledger.query.audit.ReviewDocuments;
import se.styrledger.query.followup.ReportFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable documents' templates escape every value users wrote; only known colours become a class. */
class HtmlDocumentsTest {

    private static final String MARKUP = "<script>alert('x')</script> & \"citat\"";

    @Test
    void userTextNeverBecomesMarkup() {
        UUID unit = UUID.randomUUID();
        ReviewDocuments.Review review = new ReviewDocuments.Review(unit, "<Tekniska nämnden>", 2024, "2024-12-31",
                "2025-01-01T00:00:00Z",
                List.of(new Finding("NO_INDICATOR", "Saknar indikator", MARKUP, null, null, unit, 2024, MARKUP,
                        List.of(7L, 9L))),
                List.of(new AuditEntry(7, "e-7", "EffectGoalAdopted", UUID.randomUUID(), "EffectGoal", MARKUP, null,
                        unit, 2024, null, MARKUP, unit, LocalDate.of(2023, 10, 16), null, "§ 90", "KS 2019/0458",
                        "recorder", Instant.parse("2023-10-17T08:00:00Z"), 1, null, MARKUP, MARKUP)), List.of(),
                List.of());

        String page = new HtmlDocuments().render("reports/review.jte", Map.of("review", review));

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">")
                .contains("<title>Granskningsunderlag &lt;Tekniska nämnden&gt; 2024</title>")
                .contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"citat\"</td>")
                .contains("<td>7, 9</td>").contains("2023-10-17 10:00")
                .doesNotContain("<script");
    }

    @Test
    void onlyTheFourTrafficLightColoursBecomeAClass() {
        assertThat(ReportFormat.badge("green")).isEqualTo("green");
        assertThat(ReportFormat.badge("x\" onclick=\"y")).isEqualTo("white");
        assertThat(ReportFormat.badge(null)).isEqualTo("white");
    }
}
