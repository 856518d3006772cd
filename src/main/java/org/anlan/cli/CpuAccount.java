package org.anlan.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where the CPU went during a benchmark phase: this JVM's threads grouped by a naming rule, the rest of the JVM
 * (JIT compilers, GC) and, on Linux, the PostgreSQL server's processes. On a machine shared with other work the
 * wall-clock rate says little; CPU time per operation still says what each part costs.
 */
final class CpuAccount {

    /** Groups whose threads end within the phase report their CPU themselves (a dead thread's time is not readable). */
    static final String CLIENTS = "load clients (measured by each client thread)";

    /** CPU nanoseconds per group at one moment. */
    record Snapshot(Map<String, Long> nanosByGroup) {

        Map<String, Long> since(Snapshot earlier) {
            Map<String, Long> spent = new LinkedHashMap<>();
            nanosByGroup.forEach((group, nanos) -> spent.put(group, nanos - earlier.nanosByGroup.getOrDefault(group, 0L)));
            return spent;
        }
    }

    static final String JVM_OTHER = "JVM (JIT, GC, other threads)";
    static final String DATABASE = "PostgreSQL processes";
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Function<String, String> groupOfThread;
    private final long postmasterPid;

    /**
     * @param groupOfThread the group a Java thread's name belongs to, or null to count it under {@link #JVM_OTHER}
     * @param postmasterPid the PostgreSQL server's process id, or -1 when unknown (or not on Linux)
     */
    CpuAccount(Function<String, String> groupOfThread, long postmasterPid) {
        this.groupOfThread = groupOfThread;
        this.postmasterPid = postmasterPid;
    }

    Snapshot snapshot() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long javaThreads = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            String group = groupOfThread.apply(info.getThreadName());
            if (cpu <= 0 || group == null) {
                continue;
            }
            nanos.merge(group, cpu, Long::sum);
            javaThreads += cpu;
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            nanos.put(JVM_OTHER, os.getProcessCpuTime() - javaThreads);
        }
        nanos.put("(of which JIT compiling, wall ms×1e6)", ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000);
        nanos.put("(of which GC, wall ms×1e6)", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum() * 1_000_000);
        if (postmasterPid > 0) {
            nanos.put(DATABASE, processTreeNanos(postmasterPid));
        }
        return new Snapshot(nanos);
    }

    /** Adds the CPU of another phase, group by group. */
    static void add(Map<String, Long> total, Map<String, Long> phase) {
        phase.forEach((group, nanos) -> total.merge(group, nanos, Long::sum));
    }

    /** Moves time that client threads measured themselves out of {@link #JVM_OTHER} into {@link #CLIENTS}. */
    static void moveClientTime(Map<String, Long> spent, long clientNanos) {
        spent.computeIfPresent(JVM_OTHER, (group, nanos) -> nanos - clientNanos);
        spent.put(CLIENTS, clientNanos);
    }

    /** The CPU of a process and its direct children (PostgreSQL's backends and helpers), from /proc. */
    static long processTreeNanos(long parentPid) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        long[] stat = stat(p.resolve("stat"));
                        if (stat == null) {
                            return 0;
                        }
                        // the server's own time includes its ended children (connections closed since)
                        return stat[0] == parentPid ? stat[2] + stat[3] : stat[1] == parentPid ? stat[2] : 0;
                    }).sum();
            return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** pid, parent pid, user + system ticks, and those of ended children, of one /proc/PID/stat file; null when it vanished. */
    private static long[] stat(Path file) {
        try {
            String line = Files.readString(file);
            String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
            return new long[] {pid, Long.parseLong(after[1]), Long.parseLong(after[11]) + Long.parseLong(after[12]),
                    Long.parseLong(after[13]) + Long.parseLong(after[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The parent of a process (a PostgreSQL backend's parent is the postmaster), or -1. */
    static long parentOf(long pid) {
        long[] stat = stat(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? -1 : stat[1];
    }
}
