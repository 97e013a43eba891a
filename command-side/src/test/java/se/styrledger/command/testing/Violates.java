package se.styrledger.command.testing;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import se.styrledger.platform.web.LedgerException;

/** Matches a refusal that names the given rule id, for {@code expectException(violates("R-10"))}. */
public final class Violates extends TypeSafeMatcher<Throwable> {

    private final String rule;

    private Violates(String rule) {
        this.rule = rule;
    }

    public static Violates violates(String rule) {
        return new Violates(rule);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        return thrown instanceof LedgerException refusal && rule.equals(refusal.rule());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal under " + rule);
    }

    @Override
    protected void describeMismatchSafely(Throwable thrown, Description description) {
        description.appendText("was " + thrown);
        if (thrown instanceof LedgerException refusal) {
            description.appendText(" under " + refusal.rule() + " on field " + refusal.field());
        }
    }
}
