package se.styrledger.command.followup;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import se.styrledger.platform.web.LedgerException;

/** Matchers for refusals: which rule, which field. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<LedgerException> violates(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerException e) {
                return rule.equals(e.rule()) && field.equals(e.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal under " + rule + " naming field " + field);
            }

            @Override
            protected void describeMismatchSafely(LedgerException e, Description description) {
                description.appendText("was rule " + e.rule() + ", field " + e.field() + ": " + e.getMessage());
            }
        };
    }
}
