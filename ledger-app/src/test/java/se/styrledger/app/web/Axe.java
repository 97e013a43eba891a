package se.styrledger.app.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's, bundled in com.deque.html.axe-core:selenium from Maven Central, injected into the page) checks
 * the page open in a {@link Browser} against WCAG 2.1 A and AA, the level the DOS law requires.
 */
public final class Axe {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core's own 30 s script limit was met on a loaded two-core machine: a slow check is not a failed one. */
    private static final int CHECK_SECONDS = 180;

    private Axe() {
    }

    /** The WCAG 2.1 A/AA violations on the page now open. */
    public static List<Rule> violations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setTimeout(CHECK_SECONDS).analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + browser.path() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /** Fails with every violation (rule, help text and the offending elements) on the page now open. */
    public static void assertNoViolations(Browser browser) {
        List<Rule> violations = violations(browser);
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 AA violations on " + browser.path() + ":\n" + describe(violations));
        }
    }

    public static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + "  " + node.getHtml())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
