package io.camelbenthos.metrics;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code metrics} block: one exporter ({@code prometheus}, {@code json_api}, {@code logger} or {@code none})
 * with its fields, and the {@code mapping} every exporter applies.
 */
public record MetricsSettings(String exporter, String mapping, Map<String, Object> fields) {
    /** The exporters and the fields each accepts. */
    private static final Map<String, Set<String>> EXPORTERS = Map.of(
            "none", Set.of(),
            "json_api", Set.of(),
            "logger", Set.of("push_interval", "flush_metrics"),
            "prometheus", Set.of("use_histogram_timing", "histogram_buckets", "summary_quantiles_objectives",
                    "add_process_metrics", "add_go_metrics", "push_url", "push_interval", "push_job_name",
                    "push_basic_auth", "file_output_path"));

    /** The default: Prometheus on {@code /metrics} and {@code /stats}, nothing mapped. */
    public static MetricsSettings defaults() {
        return new MetricsSettings("prometheus", "", Map.of());
    }

    /** The settings of a {@code metrics} block as plain data (already linted). */
    @SuppressWarnings("unchecked")
    public static MetricsSettings from(Object raw) {
        if (!(raw instanceof Map<?, ?> block)) {
            return defaults();
        }
        String mapping = block.get("mapping") instanceof String s ? s : "";
        for (Map.Entry<?, ?> e : block.entrySet()) {
            if (!"mapping".equals(e.getKey())) {
                Map<String, Object> fields = e.getValue() instanceof Map<?, ?> m
                        ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
                return new MetricsSettings(String.valueOf(e.getKey()), mapping, fields);
            }
        }
        return new MetricsSettings("prometheus", mapping, Map.of());
    }

    /** What is wrong with a {@code metrics} block, one message per problem (no position: the caller adds it). */
    public static List<String> problems(Object raw) {
        List<String> out = new ArrayList<>();
        if (!(raw instanceof Map<?, ?> block)) {
            out.add("expected object value for metrics");
            return out;
        }
        List<String> types = new ArrayList<>();
        block.keySet().forEach(k -> {
            if (!"mapping".equals(k)) {
                types.add(String.valueOf(k));
            }
        });
        if (types.size() > 1) {
            out.add("unable to infer metrics type, multiple candidates '" + types.get(0) + "' and '" + types.get(1) + "'");
            return out;
        }
        Object mapping = block.get("mapping");
        if (mapping != null && !(mapping instanceof String)) {
            out.add("expected string value for metrics.mapping");
        } else if (mapping instanceof String m && !m.isBlank()) {
            try {
                Bloblang.parse(m);
            } catch (BloblangException e) {
                out.add("metrics.mapping: " + e.getMessage());
            }
        }
        if (types.isEmpty()) {
            return out;
        }
        String type = types.get(0);
        Set<String> fields = EXPORTERS.get(type);
        if (fields == null) {
            out.add("metrics type '" + type + "' is not supported: use prometheus, json_api, logger or none");
            return out;
        }
        Object body = block.get(type);
        if (body != null && !(body instanceof Map<?, ?>)) {
            out.add("expected object value for metrics." + type);
            return out;
        }
        if (body instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!fields.contains(String.valueOf(k))) {
                    out.add("field " + k + " not recognised in metrics." + type);
                }
            });
            for (String durationField : List.of("push_interval")) {
                if (m.get(durationField) instanceof String s && !s.isEmpty() && parseDuration(s) == null) {
                    out.add("metrics." + type + "." + durationField + ": invalid duration '" + s + "'");
                }
            }
        }
        return out;
    }

    public boolean bool(String field) {
        return Boolean.TRUE.equals(fields.get(field));
    }

    public String string(String field, String fallback) {
        return fields.get(field) instanceof String s ? s : fallback;
    }

    /** A duration field, or null when absent or empty. */
    public Duration duration(String field) {
        String s = string(field, "");
        return s.isEmpty() ? null : parseDuration(s);
    }

    /** A list of numbers, empty when absent. */
    public double[] numbers(String field) {
        if (!(fields.get(field) instanceof List<?> list)) {
            return new double[0];
        }
        return list.stream().filter(Number.class::isInstance).mapToDouble(n -> ((Number) n).doubleValue()).toArray();
    }

    /** A nested object, empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String field) {
        return fields.get(field) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public Object raw(String field) {
        return fields.get(field);
    }

    private static Duration parseDuration(String s) {
        try {
            return Duration.ofNanos(io.camelbenthos.bloblang.go.GoDuration.parse(s));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
