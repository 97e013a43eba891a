package se.styrledger.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.styrledger.app.web.Axe;
import se.styrledger.app.web.Browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's frame in a real browser: the start page at today and at a past date (with the banner), a bad date
 * explained instead of failing, the Swedish 404 page, signing in and out with a CSRF-protected form, the security
 * headers, and axe-core's WCAG 2.1 AA check of each.
 */
class WebSkeletonBrowserTest extends BrowserTest {

    private long visionDecidedOn(String text, String decidedOn) {
        UUID council = council();
        return api().post("/api/v1/visions", """
                {"text": "%s", "decision": %s}""".formatted(text, decision(council, decidedOn)))
                .expect(201).body().get("position").asLong();
    }

    @Test
    void theStartPageShowsTheVisionInForceOnTheChosenDateAndSaysWhenItShowsThePast() {
        String text = "Visionen " + UUID.randomUUID() + " om hög livskvalitet";
        caughtUp(visionDecidedOn(text, "2016-03-01"));

        Browser browser = browser().open("/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.text()).contains(text);
        assertThat(browser.exists("#tidsbanner")).as("today needs no banner").isFalse();
        Axe.assertNoViolations(browser);

        browser.open("/?asOf=2016-02-29");
        assertThat(browser.text()).doesNotContain(text);
        assertThat(browser.find("#tidsbanner").getText()).contains("2016-02-29").contains("Visa läget i dag");
        assertThat(browser.find("#tid-asOf").getAttribute("value")).isEqualTo("2016-02-29");
        assertThat(browser.find("a[href='/rod-trad?asOf=2016-02-29']").getText())
                .as("every link keeps the date").isEqualTo("Röd tråd");
        Axe.assertNoViolations(browser);

        browser.follow("#tidsbanner a");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text()).contains(text);
    }

    @Test
    void knownAtShowsWhatTheLedgerHeldThen() {
        String text = "Visionen " + UUID.randomUUID() + " känd först nu";
        caughtUp(visionDecidedOn(text, "2016-03-01"));

        Browser browser = browser().open("/?asOf=2017-01-01&knownAt=2020-01-01");
        assertThat(browser.text()).as("recorded in this test, long after 2020").doesNotContain(text);
        assertThat(browser.find("#tidsbanner").getText()).contains("som ledgern kände det 2020-01-01");
        browser.open("/?asOf=2017-01-01");
        assertThat(browser.text()).contains(text);
    }

    @Test
    void aBadDateIsExplainedAndTodaysViewShown() {
        Browser browser = browser().open("/?asOf=2024-13-45&knownAt=igår");
        assertThat(browser.find("h1").getText()).isEqualTo("Kommunens styrning");
        assertThat(browser.find("#tidsfel").getText()).contains("2024-13-45").contains("ÅÅÅÅ-MM-DD")
                .contains("igår").contains("läget i dag");
        assertThat(browser.exists("#tidsbanner")).isFalse();
        assertThat(browser.find("a[href='/rod-trad']").getText()).as("the bad date is not kept in links")
                .isEqualTo("Röd tråd");
        Axe.assertNoViolations(browser);
    }

    @Test
    void anUnknownAddressOrIdGivesTheSwedishNotFoundPage() throws Exception {
        Browser browser = browser().open("/finns-inte-" + UUID.randomUUID());
        assertThat(browser.find("h1").getText()).isEqualTo("Sidan finns inte");
        assertThat(browser.title()).startsWith("Sidan finns inte");
        assertThat(browser.html()).doesNotContain("Exception").doesNotContain("Whitelabel");
        Axe.assertNoViolations(browser);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/finns-inte")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        api().get("/api/v1/finns-inte").problem(404);
    }

    @Test
    void readingIsOpenButTheRecordingFormsNeedASignedInRecorderUnderR32() {
        try (Browser browser = freshBrowser()) {
            browser.open("/registrera");
            assertThat(browser.path()).as("a protected page asks to sign in").startsWith("/logga-in");
            Axe.assertNoViolations(browser);
            assertThat(browser.find("input[name=_csrf]").getAttribute("value")).isNotBlank();

            browser.fill("username", "recorder").fill("password", "fel-lösenord");
            browser.follow("form.stacked-form button");
            assertThat(browser.find("#inloggningsfel").getText()).contains("stämmer inte");
            assertThat(browser.title()).startsWith("Fel:");

            browser.fill("username", "recorder").fill("password", "recorder-pass");
            browser.follow("form.stacked-form button");
            assertThat(browser.awaitText("Inloggad som recorder").text()).contains("Inloggad som recorder");
            assertThat(browser.findAll(".main-nav a")).anySatisfy(a -> assertThat(a.getText()).isEqualTo("Registrera"));
            assertThat(browser.findAll(".main-nav a")).noneSatisfy(a -> assertThat(a.getText()).isEqualTo("Granskning"));

            browser.open("/granskning");
            assertThat(browser.find("h1").getText()).isEqualTo("Behörighet saknas");

            browser.follow(".account button");
            assertThat(browser.text()).doesNotContain("Inloggad som").contains("Logga in");
        }
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("säkerhetskod").doesNotContain("Inloggad som");
    }

    @Test
    void pagesForbidInlineScriptAndFraming() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        String csp = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(answer.body()).doesNotContain("<script").doesNotContain("style=");
        assertThat(answer.headers().firstValue("Set-Cookie")).as("a visitor gets no session").isEmpty();
        assertThat(browser().open("/").findAll("a.skip-link")).hasSize(1);
        assertThat(browser().driver().findElement(By.id("innehall")).getTagName()).isEqualTo("main");
    }
}
