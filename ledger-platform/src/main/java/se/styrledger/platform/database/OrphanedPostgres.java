package se.styrledger.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL runs as its own process. When the ledger's JVM is killed hard (SIGKILL, OOM killer, power
 * to the container cut) that process outlives it and keeps the data directory locked, so the next start would fail.
 * Before starting, the ledger therefore shuts down a PostgreSQL left running in its data directory — but only when no
 * living ledger holds the directory's lock file, so it never touches a database another running ledger uses.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    /** The embedded PostgreSQL library's own lock file: held by the JVM that runs the database, freed when it dies. */
    private static final String LEDGER_LOCK = "epg-lock";
    private static final String POSTMASTER_PID = "postmaster.pid";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedPostgres() {
    }

    static void shutDownIfLeftBehind(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        Path lockFile = dataDirectory.resolve(LEDGER_LOCK);
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel();
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            stop(postmaster.get(), dataDirectory);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(POSTMASTER_PID);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /**
     * SIGTERM asks PostgreSQL for a "smart" shutdown: it waits for its clients, which died with the old JVM, then
     * writes a checkpoint. Only if it does not stop in time is it killed; PostgreSQL then recovers from its WAL.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("A PostgreSQL (pid {}) from a ledger that stopped without shutting down still runs in {}; stopping it",
                postmaster.pid(), dataDirectory.toAbsolutePath());
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", postmaster.pid(), SHUTDOWN_WAIT);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL", e);
        }
    }
}
