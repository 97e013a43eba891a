package se.styrledger.platform.task;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import se.styrledger.platform.database.DatabaseRoles;

import java.util.HashMap;
import java.util.Map;

/**
 * A node started to run a task serves no HTTP: it must not take a port, nor answer queries while it rebuilds or
 * imports. Decided here, before the application context exists, because that is when the web server is chosen.
 */
public class TaskModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (LedgerTaskRunner.requested(environment)) {
            Map<String, Object> taskMode = new HashMap<>(Map.of("spring.main.web-application-type", "none"));
            // The import writes events with their original positions and times, which only the owner may (V85): on
            // an external database it connects as the role that runs the migrations.
            String owner = environment.getProperty("spring.flyway.user");
            if (DatabaseRoles.importing(environment) && owner != null) {
                taskMode.put("spring.datasource.username", owner);
                taskMode.put("spring.datasource.password", environment.getProperty("spring.flyway.password", ""));
            }
            environment.getPropertySources().addFirst(new MapPropertySource("styrledger-task-mode", taskMode));
        }
    }
}
