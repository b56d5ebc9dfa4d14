package io.camelbenthos.metrics;

import io.camelbenthos.bloblang.go.GoStrconv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Prometheus's text exposition format as Benthos's {@code prometheus} exporter writes it: counters and gauges, and
 * timings as summaries of nanoseconds (quantiles from {@code summary_quantiles_objectives}, 0.5, 0.9 and 0.99 by
 * default) or, with {@code use_histogram_timing}, as histograms of seconds over {@code histogram_buckets}
 * (Prometheus's default buckets when empty). Series are sorted by name, then labels.
 */
public final class PrometheusFormat {
    /** Prometheus's {@code DefBuckets}, in seconds. */
    static final double[] DEFAULT_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final double[] DEFAULT_QUANTILES = {0.5, 0.9, 0.99};

    private final boolean histograms;
    private final double[] quantiles;

    PrometheusFormat(MetricsSettings settings) {
        this.histograms = settings.bool("use_histogram_timing");
        this.quantiles = quantiles(settings);
    }

    /** The bucket bounds histograms use, when they are on. */
    static double[] buckets(MetricsSettings settings) {
        double[] configured = settings.numbers("histogram_buckets");
        return configured.length == 0 ? DEFAULT_BUCKETS : configured;
    }

    boolean histograms() {
        return histograms;
    }

    private static double[] quantiles(MetricsSettings settings) {
        if (!(settings.raw("summary_quantiles_objectives") instanceof List<?> objectives) || objectives.isEmpty()) {
            return DEFAULT_QUANTILES;
        }
        List<Double> qs = new ArrayList<>();
        for (Object o : objectives) {
            if (o instanceof Map<?, ?> m && m.get("quantile") instanceof Number q) {
                qs.add(q.doubleValue());
            }
        }
        return qs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    String render(List<MetricSample> samples) {
        Map<String, List<MetricSample>> byName = new TreeMap<>();
        for (MetricSample s : samples) {
            byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder out = new StringBuilder();
        byName.forEach((name, series) -> {
            series.sort((a, b) -> a.key().compareTo(b.key()));
            MetricSample.Kind kind = series.get(0).kind();
            out.append("# TYPE ").append(name).append(' ').append(switch (kind) {
                case COUNTER -> "counter";
                case GAUGE -> "gauge";
                case TIMING -> histograms ? "histogram" : "summary";
            }).append('\n');
            for (MetricSample s : series) {
                switch (s.kind()) {
                    case COUNTER, GAUGE -> line(out, name, s.labels(), number(s.value()));
                    case TIMING -> timing(out, name, s);
                }
            }
        });
        return out.toString();
    }

    private void timing(StringBuilder out, String name, MetricSample s) {
        Timing t = s.timing();
        Timing.Buckets buckets = t.buckets();
        if (histograms && buckets != null) {
            long[] cumulative = buckets.cumulative();
            for (int i = 0; i < cumulative.length; i++) {
                line(out, name + "_bucket", with(s.labels(), "le", number(buckets.bounds[i])), Long.toString(cumulative[i]));
            }
            line(out, name + "_bucket", with(s.labels(), "le", "+Inf"), Long.toString(t.count()));
            line(out, name + "_sum", s.labels(), number(t.sum() / 1e9));
        } else {
            double[] values = t.percentiles(quantiles);
            for (int i = 0; i < quantiles.length; i++) {
                line(out, name, with(s.labels(), "quantile", number(quantiles[i])), number(values[i]));
            }
            line(out, name + "_sum", s.labels(), Long.toString(t.sum()));
        }
        line(out, name + "_count", s.labels(), Long.toString(t.count()));
    }

    private static SortedMap<String, String> with(SortedMap<String, String> labels, String key, String value) {
        SortedMap<String, String> out = new TreeMap<>(labels);
        out.put(key, value);
        return out;
    }

    private static void line(StringBuilder out, String name, SortedMap<String, String> labels, String value) {
        out.append(MetricSample.key(name, labels)).append(' ').append(value).append('\n');
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return GoStrconv.formatFloat(v);
    }
}
