package io.camelbenthos.metrics;

import io.camelbenthos.bloblang.value.GoJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benthos's {@code json_api} body: one object whose keys are the labelled series ({@code name{a="x"}}), counters
 * and gauges as numbers, timings as their {@code p50}, {@code p90} and {@code p99} in nanoseconds.
 */
final class JsonApiFormat {
    private JsonApiFormat() {
    }

    static String render(List<MetricSample> samples) {
        Map<String, Object> values = new TreeMap<>();
        for (MetricSample s : samples) {
            if (s.kind() == MetricSample.Kind.TIMING) {
                double[] ps = s.timing().percentiles(0.5, 0.9, 0.99);
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("p50", ps[0]);
                t.put("p90", ps[1]);
                t.put("p99", ps[2]);
                values.put(s.key(), t);
            } else {
                double v = s.value();
                values.put(s.key(), v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v);
            }
        }
        return GoJson.encode(values, true);
    }
}
