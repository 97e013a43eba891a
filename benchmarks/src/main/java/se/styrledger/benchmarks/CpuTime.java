package se.styrledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL (postmaster, its live backends and those it has reaped).
 * On a shared machine a rate depends on the load; CPU time per command does much less, and bounds the rate.
 */
final class CpuTime {

    /** Linux's USER_HZ: /proc reports times in these ticks. */
    private static final long TICKS_PER_SECOND = 100;

    private final Path dataDirectory;

    CpuTime(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** CPU time so far: [JVM nanoseconds, PostgreSQL nanoseconds]. */
    long[] now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new long[]{jvm, postgresTicks() * 1_000_000_000L / TICKS_PER_SECOND};
    }

    private long postgresTicks() {
        try {
            String postmaster = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            long[] own = stat(postmaster);
            long ticks = own[1] + own[2] + own[3] + own[4];
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    long[] child = stat(process.getFileName().toString());
                    if (child[0] == Long.parseLong(postmaster)) {
                        ticks += child[1] + child[2];
                    }
                }
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** ppid, utime, stime, cutime, cstime of a process, or zeros if it has gone. */
    private static long[] stat(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }
}
