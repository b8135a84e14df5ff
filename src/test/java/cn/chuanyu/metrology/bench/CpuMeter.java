package cn.chuanyu.metrology.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time read from {@code /proc}, so a cost does not depend on how long anything waited: the machine's busy
 * share, this JVM, and every process of the PostgreSQL server (the postmaster, its live children, and through the
 * postmaster's {@code cutime} the children that ended). Linux reports these in ticks of 1/100 s ({@code USER_HZ}).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU seconds used so far, and the machine's busy and total seconds across all cores. */
    record Reading(long nanoTime, double jvm, double postgres, Map<Long, Long> clientNanos, Map<String, Long> jitTicks,
                   Map<String, Long> gcTicks, double machineBusy, double machineTotal) {

        /** What was used between {@code earlier} and this reading (a client thread by its own difference). */
        Use since(Reading earlier) {
            double total = machineTotal - earlier.machineTotal;
            return new Use((nanoTime - earlier.nanoTime) / 1e9, jvm - earlier.jvm, postgres - earlier.postgres,
                    difference(clientNanos, earlier.clientNanos) / 1e9,
                    difference(jitTicks, earlier.jitTicks) / TICKS_PER_SECOND,
                    difference(gcTicks, earlier.gcTicks) / TICKS_PER_SECOND,
                    total <= 0 ? 0 : (machineBusy - earlier.machineBusy) / total);
        }

        /** What the threads or tasks alive now used since {@code before} (one that started since, all it used). */
        private static <K> long difference(Map<K, Long> now, Map<K, Long> before) {
            long sum = 0;
            for (Map.Entry<K, Long> task : now.entrySet()) {
                sum += task.getValue() - before.getOrDefault(task.getKey(), 0L);
            }
            return sum;
        }
    }

    /**
     * CPU used in a window: the JVM (application, clients and, in the same JVM, the idle baseline engine), the
     * benchmark's HTTP client threads within it, the PostgreSQL server, and the machine's busy share (0..1).
     */
    record Use(double seconds, double jvm, double postgres, double clients, double jit, double gc,
               double machineBusyShare) {

        /** The JVM's CPU without the threads that play the users (HTTP client, JSON). */
        double server() {
            return jvm - clients;
        }

        /** Cores the JVM kept busy on average. */
        double jvmCores() {
            return jvm / seconds;
        }

        double postgresCores() {
            return postgres / seconds;
        }
    }

    private final long postmaster;

    /** Meters the JVM and the PostgreSQL server whose postmaster has this pid. */
    CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The postmaster of a backend: its parent process. */
    static long postmasterOf(long backendPid) {
        for (String line : lines(Path.of("/proc", Long.toString(backendPid), "status"))) {
            if (line.startsWith("PPid:")) {
                return Long.parseLong(line.substring(5).trim());
            }
        }
        throw new IllegalStateException("No parent of process " + backendPid);
    }

    Reading read() {
        long[] machine = machine();
        Map<String, Long> jit = new HashMap<>();
        Map<String, Long> gc = new HashMap<>();
        jvmTasks(jit, gc);
        return new Reading(System.nanoTime(), ticks(Path.of("/proc/self/stat"), false) / TICKS_PER_SECOND,
                postgres() / TICKS_PER_SECOND, clientThreads(), jit, gc, machine[0] / TICKS_PER_SECOND,
                machine[1] / TICKS_PER_SECOND);
    }

    /** The JVM's own threads by name: the JIT compilers ("C1/C2 CompilerThre…") and the collector's ("GC …", "G1 …"). */
    private static void jvmTasks(Map<String, Long> jit, Map<String, Long> gc) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String name = comm(task);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    jit.put(task.getFileName().toString(), ticks(task.resolve("stat"), false));
                } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
                    gc.put(task.getFileName().toString(), ticks(task.resolve("stat"), false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private long postgres() {
        long total = ticks(Path.of("/proc", Long.toString(postmaster), "stat"), true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (parentOf(process) == postmaster) {
                    total += ticks(process.resolve("stat"), false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static long parentOf(Path process) {
        String[] fields = statFields(process.resolve("stat"));
        return fields == null ? -1 : Long.parseLong(fields[1]);
    }

    /** utime + stime (fields 14 and 15 of stat), plus the waited-for children's (16, 17) if asked. */
    private static long ticks(Path stat, boolean withChildren) {
        String[] fields = statFields(stat);
        if (fields == null) {
            return 0;
        }
        // fields after the command: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }

    /** The fields after the command name (which may hold spaces), or null if the process has ended. */
    private static String[] statFields(Path stat) {
        try {
            String line = Files.readString(stat);
            return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException e) {
            return null;
        }
    }

    /** The machine's busy and total ticks over all cores (the first line of /proc/stat). */
    private static long[] machine() {
        String[] fields = lines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    /** CPU nanoseconds of each live thread that plays the users: the clients' pool and the HTTP client's own. */
    private static Map<Long, Long> clientThreads() {
        Map<Long, Long> nanos = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.startsWith(HttpLifecycles.CLIENT_THREAD) || name.startsWith("HttpClient-")) {
                nanos.put(thread.getId(), Math.max(0, THREADS.getThreadCpuTime(thread.getId())));
            }
        }
        return nanos;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
