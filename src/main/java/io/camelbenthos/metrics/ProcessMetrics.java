package io.camelbenthos.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code add_process_metrics}: the process collector's series of Prometheus's Go client ({@code process_cpu_seconds_total},
 * memory, file descriptors, start time), read from {@code /proc/self} on Linux; where there is no {@code /proc}, only
 * the start time and CPU time the JVM knows.
 */
final class ProcessMetrics {
    private static final double CLOCK_TICKS = 100; // USER_HZ on Linux
    private static final long PAGE_SIZE = 4096;

    private ProcessMetrics() {
    }

    static List<MetricSample> samples() {
        List<MetricSample> out = new ArrayList<>();
        ProcessHandle.Info info = ProcessHandle.current().info();
        info.startInstant().ifPresent(t -> out.add(gauge("process_start_time_seconds", t.toEpochMilli() / 1000.0)));
        String[] stat = procStat();
        if (stat != null) {
            // fields after the command's closing parenthesis: utime is field 14, stime 15, vsize 23, rss 24
            out.add(MetricSample.counter("process_cpu_seconds_total", new TreeMap<>(),
                    (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / CLOCK_TICKS));
            out.add(gauge("process_virtual_memory_bytes", Double.parseDouble(stat[20])));
            out.add(gauge("process_resident_memory_bytes", Double.parseDouble(stat[21]) * PAGE_SIZE));
        } else {
            info.totalCpuDuration().ifPresent(d -> out.add(MetricSample.counter("process_cpu_seconds_total",
                    new TreeMap<>(), d.toNanos() / 1e9)));
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            out.add(gauge("process_open_fds", fds.count()));
        } catch (IOException | UnsupportedOperationException e) {
            // no /proc: not reported
        }
        return out;
    }

    private static MetricSample gauge(String name, double value) {
        return MetricSample.gauge(name, new TreeMap<>(), value);
    }

    /** /proc/self/stat split after the command name (which may hold spaces), or null without /proc. */
    private static String[] procStat() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
