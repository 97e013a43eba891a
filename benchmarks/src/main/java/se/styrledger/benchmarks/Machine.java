package se.styrledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** What the figures were measured on, read from /proc where Linux offers it. */
final class Machine {

    private Machine() {
    }

    /** nproc, memory, CPU model and Java version: the line every result carries. */
    static String line() {
        return "nproc " + Runtime.getRuntime().availableProcessors()
                + ", memory " + procField("/proc/meminfo", "MemTotal")
                + ", CPU " + procField("/proc/cpuinfo", "model name")
                + ", Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    /** The 1-, 5- and 15-minute load averages, printed next to every figure: the machine is shared. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    /**
     * Samples the heap in use every 50 ms from now on. The pools' own peaks cannot be summed: each pool peaks at
     * another moment, and the sum can exceed the maximum heap.
     */
    static void watchHeap() {
        Thread watcher = new Thread(() -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The most heap in use at one moment since {@link #watchHeap()}, in MiB. */
    static long peakHeapMiB() {
        return PEAK_HEAP.get() / (1024 * 1024);
    }

    /** This process's peak resident set (VmHWM) and current one (VmRSS). */
    static String rss() {
        return "peak " + procField("/proc/self/status", "VmHWM") + ", now " + procField("/proc/self/status", "VmRSS");
    }

    /**
     * The embedded PostgreSQL's resident memory: the postmaster's VmRSS plus each of its children's. Shared buffers
     * are counted in every process that touched them, so this overstates what the server holds; it bounds it.
     */
    static long postgresRssKiB(Path dataDirectory) {
        try {
            String postmaster = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            long kib = kib(procField("/proc/" + postmaster + "/status", "VmRSS"));
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String status = process.resolve("status").toString();
                    if (procField(status, "PPid").equals(postmaster)) {
                        kib += kib(procField(status, "VmRSS"));
                    }
                }
            }
            return kib;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long kib(String field) {
        String digits = field.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static String procField(String file, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                if (line.startsWith(field + ":") || line.startsWith(field + "\t") || line.startsWith(field + " ")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
            return "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
