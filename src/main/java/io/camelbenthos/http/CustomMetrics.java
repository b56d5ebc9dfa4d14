package io.camelbenthos.http;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The metrics a config makes itself (the {@code metric} processor): counters, gauges and timings under the config's
 * own names and labels, exposed after Benthos's own metrics on {@code /metrics} and {@code /stats}. A name keeps the
 * type it was first made with; thread-safe and lock-free per update.
 */
public final class CustomMetrics {
    /** What a series counts. */
    public enum Type {
        COUNTER("counter"), GAUGE("gauge"), TIMING("summary");

        private final String prometheus;

        Type(String prometheus) {
            this.prometheus = prometheus;
        }
    }

    /** One series: a name and its label values, the labels in name order. */
    private record Key(String name, String labels) {
    }

    private final Map<String, Type> types = new ConcurrentHashMap<>();
    private final Map<Key, Series> series = new ConcurrentHashMap<>();

    /**
     * The series of {@code name} with these labels, made on first use.
     *
     * @param labelNames  sorted label names
     * @param labelValues their values, in the same order
     */
    public Series series(String name, Type type, List<String> labelNames, List<String> labelValues) {
        Type kept = types.computeIfAbsent(name, n -> type);
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < labelNames.size(); i++) {
            labels.append(i == 0 ? "" : ",").append(labelNames.get(i)).append("=\"")
                    .append(escape(labelValues.get(i))).append('"');
        }
        return series.computeIfAbsent(new Key(name, labels.toString()), k -> new Series(kept));
    }

    /** One series' value: a counter's total, a gauge's last value or a timing's sum and count. */
    public static final class Series {
        private final Type type;
        private final DoubleAdder total = new DoubleAdder();
        private final LongAdder count = new LongAdder();
        private final AtomicLong gaugeBits = new AtomicLong(Double.doubleToLongBits(0));

        Series(Type type) {
            this.type = type;
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
            total.add(nanos);
            count.increment();
        }
    }

    /** The series in Prometheus text format, names and series sorted. */
    String prometheusText() {
        Map<String, Map<String, Series>> byName = new TreeMap<>();
        series.forEach((k, s) -> byName.computeIfAbsent(k.name(), n -> new TreeMap<>()).put(k.labels(), s));
        StringBuilder out = new StringBuilder();
        byName.forEach((name, all) -> {
            out.append("# TYPE ").append(name).append(' ').append(types.get(name).prometheus).append('\n');
            all.forEach((labels, s) -> {
                String braces = labels.isEmpty() ? "" : "{" + labels + "}";
                switch (s.type) {
                    case COUNTER -> out.append(name).append(braces).append(' ').append(number(s.total.sum()));
                    case GAUGE -> out.append(name).append(braces).append(' ')
                            .append(number(Double.longBitsToDouble(s.gaugeBits.get())));
                    case TIMING -> out.append(name).append("_sum").append(braces).append(' ')
                            .append(number(s.total.sum())).append('\n').append(name).append("_count").append(braces)
                            .append(' ').append(s.count.sum());
                }
                out.append('\n');
            });
        });
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
