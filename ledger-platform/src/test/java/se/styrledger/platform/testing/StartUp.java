package se.styrledger.platform.testing;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** What a setting's record does with a value that makes no sense: the start fails, and says which property. */
public final class StartUp {

    private StartUp() {
    }

    /** Starts {@code runner} with {@code property=value} and asserts that the start fails naming the property. */
    public static void stopsNaming(ApplicationContextRunner runner, String property, String value) {
        runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).as(property + "=" + value).hasFailed();
            assertThat(context.getStartupFailure()).as(property + "=" + value).hasStackTraceContaining(property);
        });
    }
}
