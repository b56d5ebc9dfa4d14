package io.camelbenthos.tracing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tracer} block: {@code none} (the default) or {@code open_telemetry_collector} with its OTLP collectors
 * ({@code http} and {@code grpc} lists of {@code address} and {@code secure}), resource {@code tags} and
 * {@code sampling}.
 */
public record TracerSettings(String type, List<Collector> http, List<Collector> grpc, Map<String, String> tags,
                             boolean samplingEnabled, double samplingRatio, String service) {
    private static final Set<String> OTEL_FIELDS = Set.of("http", "grpc", "tags", "sampling", "service");

    /** One OTLP collector: {@code host:port}, TLS or not. */
    public record Collector(String address, boolean secure) {
    }

    public static TracerSettings none() {
        return new TracerSettings("none", List.of(), List.of(), Map.of(), false, 1, "benthos");
    }

    public boolean enabled() {
        return "open_telemetry_collector".equals(type);
    }

    /** The settings of a linted {@code tracer} block given as plain data. */
    public static TracerSettings from(Object raw) {
        if (!(raw instanceof Map<?, ?> block) || !(block.get("open_telemetry_collector") instanceof Map<?, ?> otel)) {
            return none();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (otel.get("tags") instanceof Map<?, ?> t) {
            t.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        boolean sampling = false;
        double ratio = 1;
        if (otel.get("sampling") instanceof Map<?, ?> s) {
            sampling = Boolean.TRUE.equals(s.get("enabled"));
            if (s.get("ratio") instanceof Number r) {
                ratio = r.doubleValue();
            }
        }
        String service = otel.get("service") instanceof String s && !s.isEmpty() ? s : "benthos";
        return new TracerSettings("open_telemetry_collector", collectors(otel.get("http")), collectors(otel.get("grpc")),
                Map.copyOf(tags), sampling, ratio, service);
    }

    private static List<Collector> collectors(Object raw) {
        List<Collector> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("address") instanceof String a) {
                    out.add(new Collector(a, Boolean.TRUE.equals(m.get("secure"))));
                }
            }
        }
        return out;
    }

    /** What is wrong with a {@code tracer} block, one message each (the caller adds the position). */
    public static List<String> problems(Object raw) {
        List<String> out = new ArrayList<>();
        if (!(raw instanceof Map<?, ?> block)) {
            out.add("expected object value for tracer");
            return out;
        }
        if (block.size() > 1) {
            List<String> names = block.keySet().stream().map(String::valueOf).toList();
            out.add("unable to infer tracer type, multiple candidates '" + names.get(0) + "' and '" + names.get(1) + "'");
            return out;
        }
        for (Map.Entry<?, ?> e : block.entrySet()) {
            String type = String.valueOf(e.getKey());
            switch (type) {
                case "none" -> {
                }
                case "open_telemetry_collector" -> otelProblems(e.getValue(), out);
                case "jaeger" -> out.add("tracer type jaeger is not supported: Jaeger receives OTLP itself (ports 4317"
                        + " gRPC, 4318 HTTP), so use open_telemetry_collector with its address");
                default -> out.add("tracer type '" + type + "' is not supported: use open_telemetry_collector or none");
            }
        }
        return out;
    }

    private static void otelProblems(Object body, List<String> out) {
        if (!(body instanceof Map<?, ?> otel)) {
            out.add("expected object value for tracer.open_telemetry_collector");
            return;
        }
        otel.keySet().forEach(k -> {
            if (!OTEL_FIELDS.contains(String.valueOf(k))) {
                out.add("field " + k + " not recognised in tracer.open_telemetry_collector");
            }
        });
        for (String kind : List.of("http", "grpc")) {
            Object list = otel.get(kind);
            if (list == null) {
                continue;
            }
            if (!(list instanceof List<?> l)) {
                out.add("expected array value for tracer.open_telemetry_collector." + kind);
                continue;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!(l.get(i) instanceof Map<?, ?> m) || !(m.get("address") instanceof String a) || a.isBlank()) {
                    out.add("tracer.open_telemetry_collector." + kind + "." + i + ": an address (host:port) is required");
                } else if (!a.matches("[^\\s/:]+:\\d{1,5}")) {
                    out.add("tracer.open_telemetry_collector." + kind + "." + i + ": address '" + a
                            + "' is not host:port");
                }
            }
        }
        if (otel.get("sampling") instanceof Map<?, ?> s && s.get("ratio") instanceof Number r
                && (r.doubleValue() < 0 || r.doubleValue() > 1)) {
            out.add("tracer.open_telemetry_collector.sampling.ratio must be between 0 and 1");
        }
    }
}
