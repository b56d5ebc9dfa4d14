package io.camelbenthos.http;

import io.camelbenthos.metrics.MetricSample;
import io.camelbenthos.metrics.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The metrics a config makes itself (the {@code metric} processor): counters, gauges and timings under the config's
 * own names and labels, exported after Benthos's own metrics. A name keeps the type it was first made with;
 * thread-safe and lock-free per update.
 */
public final class CustomMetrics {
    /** What a series counts. */
    public enum Type { COUNTER, GAUGE, TIMING }

    /** One series: a name and its labels. */
    private record Key(String name, SortedMap<String, String> labels) {
    }

    private final Map<String, Type> types = new ConcurrentHashMap<>();
    private final Map<Key, Series> series = new ConcurrentHashMap<>();
    private volatile double[] histogramBuckets;

    /**
     * The series of {@code name} with these labels, made on first use.
     *
     * @param labelNames  sorted label names
     * @param labelValues their values, in the same order
     */
    public Series series(String name, Type type, List<String> labelNames, List<String> labelValues) {
        Type kept = types.computeIfAbsent(name, n -> type);
        SortedMap<String, String> labels = new TreeMap<>();
        for (int i = 0; i < labelNames.size(); i++) {
            labels.put(labelNames.get(i), labelValues.get(i));
        }
        return series.computeIfAbsent(new Key(name, labels), k -> new Series(kept, histogramBuckets));
    }

    /** Timings count into histogram buckets from now on (Prometheus's {@code use_histogram_timing}). */
    void useBuckets(double[] buckets) {
        histogramBuckets = buckets;
        series.values().forEach(s -> s.timing.useBuckets(buckets));
    }

    /** One series' value: a counter's total, a gauge's last value or a timing. */
    public static final class Series {
        private final Type type;
        private final DoubleAdder total = new DoubleAdder();
        private final AtomicLong gaugeBits = new AtomicLong(Double.doubleToLongBits(0));
        private final Timing timing = new Timing();

        Series(Type type, double[] buckets) {
            this.type = type;
            if (buckets != null) {
                timing.useBuckets(buckets);
            }
        }

        /** Adds to a counter. */
        public void add(double value) {
            total.add(value);
        }

        /** Sets a gauge. */
        public void set(double value) {
            gaugeBits.set(Double.doubleToLongBits(value));
        }

        /** Records one timing, in nanoseconds. */
        public void time(long nanos) {
            timing.record(nanos);
        }
    }

    /** Every series now; {@code reset} restarts counters from zero once read. */
    List<MetricSample> snapshot(boolean reset) {
        List<MetricSample> out = new ArrayList<>(series.size());
        series.forEach((k, s) -> out.add(switch (s.type) {
            case COUNTER -> MetricSample.counter(k.name(), k.labels(), reset ? s.total.sumThenReset() : s.total.sum());
            case GAUGE -> MetricSample.gauge(k.name(), k.labels(), Double.longBitsToDouble(s.gaugeBits.get()));
            case TIMING -> MetricSample.timing(k.name(), k.labels(), s.timing);
        }));
        return out;
    }
}
