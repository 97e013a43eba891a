package se.styrledger.query.followup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void userTextNeverBecomesMarkup() {
        String page = new Html().page("<Rapport>").el("p", "<script>alert('x')</script> & \"citat\"").end();

        assertThat(page).contains("<title>&lt;Rapport&gt;</title>")
                .contains("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;</p>")
                .doesNotContain("<script");
    }

    @Test
    void onlyTheFourTrafficLightColoursBecomeAClass() {
        assertThat(new Html().badge("green", "uppfyllt").end()).contains("class=\"badge green\"");
        assertThat(new Html().badge("x\" onclick=\"y", "?").end()).contains("class=\"badge white\"")
                .doesNotContain("onclick");
    }
}
