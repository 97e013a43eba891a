package se.styrledger.platform.task;

/**
 * A job the jar runs instead of serving HTTP, for operators and scripts:
 * {@code java -jar ledger-app.jar --styrledger.task=<name>}. Each side contributes its own tasks as beans, so a node
 * offers the tasks of the sides it runs. The process exits with the status the task returns.
 */
public interface LedgerTask {

    /** Ends normally. */
    int OK = 0;
    /** The task ran and failed; the log says why. */
    int FAILED = 1;
    /** The task could not start: unknown task, missing or wrong setting. */
    int USAGE = 2;

    /** The value of {@code styrledger.task} that runs it. */
    String name();

    /** One line for the list of tasks shown when an unknown one is asked for. */
    String description();

    /** Runs to the end and returns the exit status. */
    int run() throws Exception;
}
