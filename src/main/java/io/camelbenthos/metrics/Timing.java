package io.camelbenthos.metrics;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * One timing series (nanoseconds): total and count, the most recent {@value #RESERVOIR} values for percentiles (what
 * Benthos's summaries, {@code json_api} and {@code logger} report), and, once histograms are asked for, cumulative
 * bucket counts. Recording takes no lock.
 */
public final class Timing {
    static final int RESERVOIR = 1028; // go-metrics' sample size

    private final LongAdder sum = new LongAdder();
    private final LongAdder count = new LongAdder();
    private final AtomicLongArray recent = new AtomicLongArray(RESERVOIR);
    private final AtomicLong next = new AtomicLong();
    private volatile Buckets buckets;

    /** Records one duration. */
    public void record(long nanos) {
        sum.add(nanos);
        count.increment();
        recent.set((int) (next.getAndIncrement() % RESERVOIR), nanos);
        Buckets b = buckets;
        if (b != null) {
            b.record(nanos);
        }
    }

    public long sum() {
        return sum.sum();
    }

    public long count() {
        return count.sum();
    }

    /** The q-quantiles (0..1) of the recent values; zeros when nothing was recorded. */
    public double[] percentiles(double... qs) {
        int n = (int) Math.min(next.get(), RESERVOIR);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = recent.get(i);
        }
        Arrays.sort(values);
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length && n > 0; i++) {
            // go-metrics: position p*(n+1), interpolated between its neighbours
            double pos = qs[i] * (n + 1);
            if (pos < 1) {
                out[i] = values[0];
            } else if (pos >= n) {
                out[i] = values[n - 1];
            } else {
                double lower = values[(int) pos - 1];
                double upper = values[(int) pos];
                out[i] = lower + (pos - Math.floor(pos)) * (upper - lower);
            }
        }
        return out;
    }

    /** Starts counting into histogram buckets (upper bounds in seconds); earlier values are not in them. */
    public void useBuckets(double[] upperBoundsSeconds) {
        if (buckets == null) {
            buckets = new Buckets(upperBoundsSeconds);
        }
    }

    Buckets buckets() {
        return buckets;
    }

    /** Cumulative-on-read bucket counts of a histogram, bounds in seconds as Benthos's histograms have them. */
    static final class Buckets {
        final double[] bounds;
        final LongAdder[] counts;

        Buckets(double[] bounds) {
            this.bounds = bounds.clone();
            this.counts = new LongAdder[bounds.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void record(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < bounds.length; i++) {
                if (seconds <= bounds[i]) {
                    counts[i].increment();
                    return;
                }
            }
        }

        /** The cumulative count of values at or under each bound. */
        long[] cumulative() {
            long[] out = new long[counts.length];
            long running = 0;
            for (int i = 0; i < counts.length; i++) {
                running += counts[i].sum();
                out[i] = running;
            }
            return out;
        }
    }
}
