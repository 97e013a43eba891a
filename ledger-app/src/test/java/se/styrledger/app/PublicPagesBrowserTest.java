package se.styrledger.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.styrledger.app.web.Axe;
import se.styrledger.app.web.Browser;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in real headless Chromium, on a kommun recorded over the API: each page type passes axe-core's
 * WCAG 2.1 AA check, shows the state of the chosen date with the banner, and answers unknown ids with the Swedish
 * 404 page. The röd tråd opens and closes with the keyboard alone.
 */
class PublicPagesBrowserTest extends BrowserTest {

    /** Reports are one per year and kind in the shared ledger: this class's own year. */
    private static final int YEAR = 2024;

    private FollowUpKommun kommunRenamedIn2025() {
        FollowUpKommun kommun = new FollowUpKommun(api(), YEAR, "Fler unga <b>försörjer</b> sig själva");
        kommun.value("MONTH", 3, "72.5", "null");
        kommun.value("MONTH", 4, "74", "null");
        long position = api().post("/api/v1/units/" + kommun.committee + "/rename", """
                {"name": "Vård- och omsorgsnämnden", "decision": %s}"""
                .formatted(decision(kommun.council, "2025-05-01"))).expect(200).body().get("position").asLong();
        caughtUp(position);
        return kommun;
    }

    @Test
    void aNamndsPageShowsItsYearAsItStoodOnTheChosenDate() {
        FollowUpKommun kommun = kommunRenamedIn2025();
        Browser browser = browser().open("/enheter/" + kommun.committee + "?ar=" + YEAR);
        assertThat(browser.find("h1").getText()).isEqualTo("Vård- och omsorgsnämnden");
        assertThat(browser.text()).contains("Fler unga <b>försörjer</b> sig själva").contains("planerad")
                .contains("Andel nöjda brukare").contains("80 procent")
                .contains("Rekryteringsutbildningar för unga som söker försörjningsstöd");
        assertThat(browser.exists("#tidsbanner")).isFalse();
        Axe.assertNoViolations(browser);

        browser.open("/enheter/" + kommun.committee + "?ar=" + YEAR + "&asOf=2025-04-30");
        assertThat(browser.find("h1").getText()).as("the name before the rename").isEqualTo("Socialnämnden");
        assertThat(browser.find("#tidsbanner").getText()).contains("2025-04-30");
        WebElement goalLink = browser.find("a[href^='/mal/" + kommun.effectGoal + "']");
        assertThat(goalLink.getAttribute("href")).endsWith("asOf=2025-04-30");
        Axe.assertNoViolations(browser);

        browser.open("/enheter/" + kommun.committee + "?asOf=2014-12-01");
        assertThat(browser.find("h1").getText()).as("not yet established").isEqualTo("Sidan finns inte");
    }

    @Test
    void aGoalPageShowsEveryDecisionAndTheIndicatorAsChartAndTable() {
        FollowUpKommun kommun = kommunRenamedIn2025();
        Browser browser = browser().open("/mal/" + kommun.effectGoal);
        assertThat(browser.find("h1").getText()).isEqualTo("Fler unga <b>försörjer</b> sig själva");
        assertThat(browser.find("#versioner").getText()).contains("§ 90").contains("KS 2019/0458")
                .as("the beslutsinstans by its name on the page's date")
                .contains((YEAR - 1) + "-10-16").contains("Vård- och omsorgsnämnden");
        WebElement chart = browser.find("svg.chart");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(browser.findAll("svg.chart circle")).as("one point per reported month").hasSize(2);
        String table = browser.find(".chart-wrap table").getText();
        assertThat(table).contains("mars " + YEAR + " 72,5").contains("april " + YEAR + " 74").contains("80");
        Axe.assertNoViolations(browser);

        browser.open("/mal/" + kommun.directionGoal);
        assertThat(browser.find("h1").getText()).isEqualTo("Fler invånare är nöjda med kommunens service");
        assertThat(browser.text()).contains("Nöjd-Medborgar-Index").contains("Fler unga <b>försörjer</b> sig själva");
        Axe.assertNoViolations(browser);

        browser.open("/mal/" + kommun.effectGoal + "?asOf=" + (YEAR - 2) + "-01-01");
        assertThat(browser.find("#ej-gallande").getText()).contains("gällde inte");
        assertThat(browser.find("#versioner").getText()).contains("KS 2019/0458");
    }

    @Test
    void theRedThreadOpensAndClosesWithTheKeyboardAlone() {
        FollowUpKommun kommun = kommunRenamedIn2025();
        Browser browser = browser().open("/rod-trad?enhet=" + kommun.committee + "&asOf=" + YEAR + "-06-01");
        Axe.assertNoViolations(browser);
        String goalDetails = "#inriktningsmal-" + kommun.directionGoal;
        assertThat(browser.find(goalDetails).getAttribute("open")).as("closed at first").isNull();

        WebElement summary = browser.tabTo(goalDetails + " > summary", 60);
        browser.press(Keys.ENTER);
        assertThat(browser.find(goalDetails).getAttribute("open")).as("Enter opens").isNotNull();
        browser.press(Keys.SPACE);
        assertThat(browser.find(goalDetails).getAttribute("open")).as("Space closes").isNull();
        browser.press(Keys.SPACE);
        assertThat(browser.find(goalDetails).getAttribute("open")).isNotNull();
        assertThat(summary.getText()).contains("Fler invånare är nöjda med kommunens service");

        String unitDetails = "#enhet-" + kommun.directionGoal + "-" + kommun.committee;
        browser.tabTo(unitDetails + " > summary", 10);
        browser.press(Keys.ENTER);
        assertThat(browser.find(unitDetails).getAttribute("open")).isNotNull();
        browser.tabTo("a[href^='/mal/" + kommun.effectGoal + "']", 10);
        browser.press(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/mal/" + kommun.effectGoal + "?asOf=" + YEAR + "-06-01");
        assertThat(browser.find("h1").getText()).isEqualTo("Fler unga <b>försörjer</b> sig själva");
    }

    @Test
    void theWholeRedThreadAndTheListsPass() {
        kommunRenamedIn2025();
        for (String page : new String[]{"/rod-trad", "/enheter", "/styrdokument", "/rapporter",
                "/rapporter/nyckeltal?manad=" + YEAR + "-03", "/logga-in"}) {
            Browser browser = browser().open(page);
            assertThat(browser.find("h1").getText()).as(page).isNotBlank().isNotEqualTo("Sidan finns inte");
            Axe.assertNoViolations(browser);
        }
    }

    @Test
    void theStyrdokumentRegisterSearchesAndListsOverdueReviews() {
        UUID council = council();
        String title = "Policy för ledning " + UUID.randomUUID();
        long position = api().post("/api/v1/governing-documents", """
                {"type": "POLICY", "title": "%s", "owner": "Kvalitetsstrateg", "scope": {"wholeMunicipality": true},
                 "reviewDue": "2019-03-31", "decision": %s}""".formatted(title, decision(council, "2015-03-30")))
                .expect(201).body().get("position").asLong();
        caughtUp(position);
        Browser browser = browser().open("/styrdokument?asOf=2020-01-01");
        assertThat(browser.find("#register").getText()).contains(title);
        assertThat(browser.text()).contains("2019-03-31");
        browser.fill("sok", title.substring(title.length() - 36));
        browser.follow("form.filters button");
        assertThat(browser.path()).contains("asOf=2020-01-01").contains("sok=");
        assertThat(browser.find("#register caption").getText()).isEqualTo("1 styrdokument");
        Axe.assertNoViolations(browser);

        browser.open("/styrdokument?asOf=2019-01-01&sok=" + title.substring(title.length() - 36));
        assertThat(browser.find("#register").getText()).contains(title);
        assertThat(browser.findAll("#forsenade + ul li")).noneSatisfy(li -> assertThat(li.getText()).contains(title));
    }

    @Test
    void aClosedReportOffersItsFrozenVersionForDownloadUnderR21() {
        FollowUpKommun kommun = kommunRenamedIn2025();
        UUID report = kommun.report("INTERIM_1");
        caughtUp(kommun.close(report));
        Browser browser = browser().open("/rapporter");
        browser.follow("a[href='/rapporter/" + report + "']");
        assertThat(browser.find("h1").getText()).isEqualTo("Delårsrapport 1 " + YEAR);
        assertThat(browser.find("#rapportstatus").getText()).isEqualTo("stängd");
        assertThat(browser.text()).contains("SHA-256").contains("frysta versionen");
        Axe.assertNoViolations(browser);
        browser.follow("a[href='/api/v1/follow-up-reports/" + report + "/report.html']");
        assertThat(browser.find("h1").getText()).isEqualTo("Delårsrapport 1 " + YEAR);
        assertThat(browser.text()).contains("72,5");
        Axe.assertNoViolations(browser);
    }

    @Test
    void unknownIdsGiveTheSwedishNotFoundPage() {
        for (String page : new String[]{"/enheter/" + UUID.randomUUID(), "/mal/" + UUID.randomUUID(),
                "/mal/inte-ett-id", "/rapporter/" + UUID.randomUUID()}) {
            Browser browser = browser().open(page);
            assertThat(browser.find("h1").getText()).as(page).isEqualTo("Sidan finns inte");
            assertThat(browser.html()).doesNotContain("Exception");
        }
        Axe.assertNoViolations(browser());
    }
}
