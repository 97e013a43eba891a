package se.styrledger.platform.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the task named by {@code styrledger.task} once the ledger has started, and keeps its exit status for
 * {@code SpringApplication.exit}. Without that setting it does nothing and the ledger serves HTTP as usual.
 */
@Component
public class LedgerTaskRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String TASK = "styrledger.task";

    private static final Logger log = LoggerFactory.getLogger(LedgerTaskRunner.class);

    private final Environment environment;
    private final List<LedgerTask> tasks;
    private volatile int exitCode = LedgerTask.OK;

    public LedgerTaskRunner(Environment environment, List<LedgerTask> tasks) {
        this.environment = environment;
        this.tasks = tasks;
    }

    public static boolean requested(Environment environment) {
        return StringUtils.hasText(environment.getProperty(TASK));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested(environment)) {
            return;
        }
        String name = environment.getProperty(TASK).strip();
        Optional<LedgerTask> task = tasks.stream().filter(t -> t.name().equals(name)).findFirst();
        if (task.isEmpty()) {
            log.error("Unknown task '{}'. Tasks on this node:{}", name, tasks.stream()
                    .sorted(Comparator.comparing(LedgerTask::name))
                    .map(t -> "\n  " + t.name() + "  " + t.description())
                    .collect(Collectors.joining()));
            exitCode = LedgerTask.USAGE;
            return;
        }
        log.info("Task {} starts", name);
        try {
            exitCode = task.get().run();
        } catch (Exception e) {
            log.error("Task {} failed", name, e);
            exitCode = LedgerTask.FAILED;
        }
        log.info("Task {} ended with exit status {}", name, exitCode);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
