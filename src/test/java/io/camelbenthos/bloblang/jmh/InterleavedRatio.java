package io.camelbenthos.bloblang.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The benchmarks' Bloblang/baseline ratio for a shared, busy machine, where JMH's back-to-back runs see different
 * loads: alternates short slices of the two sides and times each by this thread's CPU time, not the wall clock, then
 * prints the median ratio over the rounds (and the quartiles). Same setup and work per operation as the JMH classes.
 *
 * <p>Arguments: rounds, then scenarios ({@code object_rebuild}) and methods prefixed with {@code m:} ({@code m:filter}).
 * Run by {@code bench/bloblang-interleaved.sh}.
 */
public final class InterleavedRatio {
    private static final long WARMUP_NANOS = 300_000_000L;
    private static final long SLICE_NANOS = 150_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps the results alive so the JIT cannot drop the work. */
    private static long sink;

    private InterleavedRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        System.out.printf("%-16s %14s %14s %8s %8s %8s%n", "scenario", "bloblang op/s", "baseline op/s", "ratio",
                "q1", "q3");
        for (int k = 1; k < args.length; k++) {
            measure(args[k], rounds);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void measure(String name, int rounds) throws Exception {
        Supplier<byte[]> bloblang;
        Supplier<byte[]> baseline;
        if (name.startsWith("m:")) {
            BloblangMethodsBenchmark b = new BloblangMethodsBenchmark();
            b.method = name.substring(2);
            b.setup();
            bloblang = b::bloblang;
            baseline = b::baseline;
        } else {
            BloblangBenchmark b = new BloblangBenchmark();
            b.scenario = name;
            b.setup();
            bloblang = b::bloblang;
            baseline = () -> {
                try {
                    return b.jacksonJq();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
        }
        for (int i = 0; i < 4; i++) {
            rate(bloblang, WARMUP_NANOS);
            rate(baseline, WARMUP_NANOS);
        }
        double[] b = new double[rounds];
        double[] j = new double[rounds];
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            b[i] = rate(bloblang, SLICE_NANOS);
            j[i] = rate(baseline, SLICE_NANOS);
            r[i] = b[i] / j[i];
        }
        Arrays.sort(b);
        Arrays.sort(j);
        Arrays.sort(r);
        System.out.printf("%-16s %14.0f %14.0f %8.2f %8.2f %8.2f%n", name, b[rounds / 2], j[rounds / 2],
                r[rounds / 2], r[rounds / 4], r[3 * rounds / 4]);
    }

    /** Operations per CPU-second of this thread over about {@code cpuNanos} of its CPU time. */
    private static double rate(Supplier<byte[]> op, long cpuNanos) {
        long start = THREADS.getCurrentThreadCpuTime();
        long end = start + cpuNanos;
        long n = 0;
        long now;
        while ((now = THREADS.getCurrentThreadCpuTime()) < end) {
            for (int i = 0; i < 50; i++) {
                sink += op.get().length;
            }
            n += 50;
        }
        return n * 1e9 / (now - start);
    }
}
