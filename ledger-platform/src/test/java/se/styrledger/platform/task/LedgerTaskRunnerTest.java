package se.styrledger.platform.task;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTaskRunnerTest {

    private static LedgerTask task(String name, int status) {
        return new LedgerTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a test task";
            }

            @Override
            public int run() {
                if (status < 0) {
                    throw new IllegalStateException("broken");
                }
                return status;
            }
        };
    }

    private static int exitCodeOf(String requested) {
        MockEnvironment environment = new MockEnvironment();
        if (requested != null) {
            environment.setProperty(LedgerTaskRunner.TASK, requested);
        }
        LedgerTaskRunner runner = new LedgerTaskRunner(environment,
                List.of(task("export", LedgerTask.OK), task("import", LedgerTask.FAILED), task("broken", -1)));
        runner.run(new DefaultApplicationArguments());
        return runner.getExitCode();
    }

    @Test
    void theProcessExitsWithTheStatusOfTheTaskItRan() {
        assertThat(exitCodeOf("export")).isEqualTo(LedgerTask.OK);
        assertThat(exitCodeOf("import")).isEqualTo(LedgerTask.FAILED);
    }

    @Test
    void aTaskThatThrowsEndsAsFailedAndAnUnknownOneAsAUsageError() {
        assertThat(exitCodeOf("broken")).isEqualTo(LedgerTask.FAILED);
        assertThat(exitCodeOf("rebuid")).isEqualTo(LedgerTask.USAGE);
    }

    @Test
    void aNodeStartedForATaskServesNoHttpAndOneWithoutATaskDoes() {
        MockEnvironment task = new MockEnvironment().withProperty(LedgerTaskRunner.TASK, "rebuild");
        MockEnvironment server = new MockEnvironment();

        new TaskModeEnvironment().postProcessEnvironment(task, new SpringApplication());
        new TaskModeEnvironment().postProcessEnvironment(server, new SpringApplication());

        assertThat(task.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(server.getProperty("spring.main.web-application-type")).isNull();
        assertThat(exitCodeOf(null)).isEqualTo(LedgerTask.OK);
    }
}
