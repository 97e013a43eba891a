package se.styrledger.platform.task;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * A node started to run a task serves no HTTP: it must not take a port, nor answer queries while it rebuilds or
 * imports. Decided here, before the application context exists, because that is when the web server is chosen.
 */
public class TaskModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (LedgerTaskRunner.requested(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("styrledger-task-mode",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
