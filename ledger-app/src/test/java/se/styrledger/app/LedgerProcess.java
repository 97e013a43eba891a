package se.styrledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as a separate operating-system process, started the way an operator starts it, so a test can kill it
 * hard (SIGKILL) — which no in-process test can do to itself. Its output goes to a file under target/.
 */
final class LedgerProcess implements AutoCloseable {

    private static final long START_WAIT_MILLIS = 180_000;

    private final Process process;
    private final int port;
    private final Path log;

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static LedgerProcess start(String name, String... args) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                StyrledgerApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        LedgerProcess ledger = new LedgerProcess(process, port, log);
        ledger.awaitReady();
        return ledger;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger process stopped during start-up; see " + log.toAbsolutePath()
                        + ":\n" + tail());
            }
            try {
                // Tomcat listens only once the whole context, Axon included, has started; any answer means ready.
                api().anonymous().get("/actuator/health");
                return;
            } catch (UncheckedIOException notYetListening) {
                Thread.sleep(250);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The ledger process did not start in time; see " + log.toAbsolutePath());
    }

    HttpApi api() {
        return new HttpApi("http://localhost:" + port, new ObjectMapper().findAndRegisterModules());
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM): Spring shuts down and the embedded PostgreSQL with it. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Everything the process has written to its console so far. */
    List<String> output() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops a PostgreSQL still running in {@code dataDirectory}, e.g. after a test failed between kill and restart. */
    static void stopPostgresIn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readAllLines(pidFile).get(0).strip();
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(pid));
        postmaster.ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> {
                p.destroyForcibly();
                return p;
            }).join();
        });
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
