package io.camelbenthos.metrics;

import java.util.SortedMap;

/**
 * One series as an exporter sees it: a name, its labels sorted by name, and a counter's or gauge's value or a
 * timing.
 */
public record MetricSample(String name, SortedMap<String, String> labels, Kind kind, double value, Timing timing) {
    /** What a series measures. */
    public enum Kind { COUNTER, GAUGE, TIMING }

    public static MetricSample counter(String name, SortedMap<String, String> labels, double value) {
        return new MetricSample(name, labels, Kind.COUNTER, value, null);
    }

    public static MetricSample gauge(String name, SortedMap<String, String> labels, double value) {
        return new MetricSample(name, labels, Kind.GAUGE, value, null);
    }

    public static MetricSample timing(String name, SortedMap<String, String> labels, Timing timing) {
        return new MetricSample(name, labels, Kind.TIMING, 0, timing);
    }

    /** The same measurement under another name and labels (a metrics mapping's result). */
    MetricSample renamed(String newName, SortedMap<String, String> newLabels) {
        return new MetricSample(newName, newLabels, kind, value, timing);
    }

    /** Benthos's key of a labelled series: {@code name{a="x",b="y"}}, or the bare name without labels. */
    public String key() {
        return key(name, labels);
    }

    /** The labelled key of {@code name} with these labels. */
    static String key(String name, SortedMap<String, String> labels) {
        if (labels.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('{');
        labels.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ",").append(k).append("=\"")
                .append(escape(v)).append('"'));
        return sb.append('}').toString();
    }

    /** A label value as Prometheus's text format writes it. */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
