package se.styrledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import se.styrledger.command.CommandSideConfiguration;
import se.styrledger.platform.task.LedgerTaskRunner;
import se.styrledger.query.QuerySideConfiguration;
import se.styrledger.web.WebUiConfiguration;

/**
 * Runs the command side, the query side and the web UI in one process on one port: the default way to run the ledger.
 * Either side can be switched off to run a node of the other alone against the same database. With
 * {@code --styrledger.task=<name>} it runs one task (rebuild, export, import …) without serving HTTP, and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class, WebUiConfiguration.class})
public class StyrledgerApplication {

    public static void main(String[] args) {
        // Axon's update checker would call an outside host at start-up; the ledger contacts none.
        System.setProperty("axoniq.update-checker.disabled", "true");
        ConfigurableApplicationContext context = SpringApplication.run(StyrledgerApplication.class, args);
        if (LedgerTaskRunner.requested(context.getEnvironment())) {
            // A node started for a task ends with it, and tells the shell how it went.
            System.exit(SpringApplication.exit(context));
        }
    }
}
