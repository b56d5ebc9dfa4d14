package io.camelbenthos.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.components.ComponentRegistry;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The exporters' formats, the mapping and the lint of a {@code metrics} block. */
class MetricsFormatsTest {
    private static SortedMap<String, String> labels(String... kv) {
        SortedMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Timing timing(long... nanos) {
        Timing t = new Timing();
        for (long n : nanos) {
            t.record(n);
        }
        return t;
    }

    private static MetricsExporter exporter(Map<String, Object> block, List<MetricSample> samples) {
        return new MetricsExporter(MetricsSettings.from(block), reset -> samples);
    }

    @Test
    void prometheusWritesCountersAndTimingsAsSummariesOfNanoseconds() {
        List<MetricSample> samples = List.of(
                MetricSample.counter("input_received", labels("label", "", "path", "root.input"), 3),
                MetricSample.timing("input_latency_ns", labels("label", "", "path", "root.input"), timing(100, 200, 300)));
        assertThat(exporter(Map.of("prometheus", Map.of()), samples).render()).isEqualTo("""
                # TYPE input_latency_ns summary
                input_latency_ns{label="",path="root.input",quantile="0.5"} 200
                input_latency_ns{label="",path="root.input",quantile="0.9"} 300
                input_latency_ns{label="",path="root.input",quantile="0.99"} 300
                input_latency_ns_sum{label="",path="root.input"} 600
                input_latency_ns_count{label="",path="root.input"} 3
                # TYPE input_received counter
                input_received{label="",path="root.input"} 3
                """);
    }

    @Test
    void histogramTimingsAreSecondsInCumulativeBuckets() {
        MetricsSettings settings = MetricsSettings.from(Map.of("prometheus",
                Map.of("use_histogram_timing", true, "histogram_buckets", List.of(0.001, 0.5))));
        Timing t = new Timing();
        MetricsExporter exporter = new MetricsExporter(settings,
                reset -> List.of(MetricSample.timing("output_latency_ns", labels("path", "root.output"), t)));
        t.useBuckets(exporter.histogramBuckets());
        t.record(500_000);       // 0.0005 s
        t.record(200_000_000);   // 0.2 s
        t.record(2_000_000_000); // 2 s
        assertThat(exporter.render()).isEqualTo("""
                # TYPE output_latency_ns histogram
                output_latency_ns_bucket{le="0.001",path="root.output"} 1
                output_latency_ns_bucket{le="0.5",path="root.output"} 2
                output_latency_ns_bucket{le="+Inf",path="root.output"} 3
                output_latency_ns_sum{path="root.output"} 2.2005
                output_latency_ns_count{path="root.output"} 3
                """);
        assertThat(PrometheusFormat.buckets(MetricsSettings.from(Map.of("prometheus", Map.of()))))
                .containsExactly(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);
    }

    @Test
    void jsonApiIsOneObjectKeyedByLabelledSeriesWithPercentilesForTimings() {
        List<MetricSample> samples = List.of(
                MetricSample.counter("input_received", labels("label", "in", "path", "root.input"), 2),
                MetricSample.gauge("queue_depth", labels(), 1.5),
                MetricSample.timing("input_latency_ns", labels("path", "root.input"), timing(10, 20)));
        MetricsExporter json = exporter(Map.of("json_api", Map.of()), samples);
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(json.render()).isEqualTo("{\"input_latency_ns{path=\\\"root.input\\\"}\":{\"p50\":15,\"p90\":20,\"p99\":20},"
                + "\"input_received{label=\\\"in\\\",path=\\\"root.input\\\"}\":2,\"queue_depth\":1.5}");
    }

    @Test
    void theMappingRenamesDropsAndRelabelsSeries() {
        List<MetricSample> samples = List.of(
                MetricSample.counter("input_received", labels("label", "a", "path", "root.input"), 1),
                MetricSample.counter("output_sent", labels("label", "b", "path", "root.output"), 2),
                MetricSample.counter("processor_error", labels("label", "c", "path", "root.pipeline.processors.0"), 3));
        MetricsExporter mapped = exporter(Map.of("mapping", """
                root = if this == "processor_error" { deleted() } else { this.replace_all("input", "source") }
                meta team = "data"
                meta path = deleted()
                """, "prometheus", Map.of()), samples);
        assertThat(mapped.render()).isEqualTo("""
                # TYPE output_sent counter
                output_sent{label="b",team="data"} 2
                # TYPE source_received counter
                source_received{label="a",team="data"} 1
                """);
        // a mapping that leaves root alone keeps the name
        assertThat(exporter(Map.of("mapping", "meta = deleted()", "prometheus", Map.of()), samples.subList(0, 1)).render())
                .isEqualTo("# TYPE input_received counter\ninput_received 1\n");
    }

    @Test
    void processMetricsAreAddedWhenAskedFor() {
        String text = exporter(Map.of("prometheus", Map.of("add_process_metrics", true)), List.of()).render();
        assertThat(text).contains("# TYPE process_cpu_seconds_total counter", "process_resident_memory_bytes ",
                "process_start_time_seconds ", "process_open_fds ");
        assertThat(exporter(Map.of("prometheus", Map.of()), List.of()).render()).isEmpty();
    }

    @Test
    void exportersWithoutAnHttpHandler() {
        assertThat(exporter(Map.of("none", Map.of()), List.of()).servesHttp()).isFalse();
        assertThat(exporter(Map.of("logger", Map.of()), List.of()).servesHttp()).isFalse();
        assertThat(exporter(Map.of("json_api", Map.of()), List.of()).servesHttp()).isTrue();
        assertThat(MetricsSettings.from(null).exporter()).isEqualTo("prometheus");
    }

    @Test
    void aBadMetricsBlockIsALintErrorAtItsPosition() {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        String output = "output:\n  drop: {}\n";
        assertThat(loader.lint("m.yaml", output + "metrics:\n  statsd: {}\n"))
                .containsExactly("m.yaml:4:3: metrics type 'statsd' is not supported: use prometheus, json_api, logger or none");
        assertThat(loader.lint("m.yaml", output + "metrics:\n  prometheus: {push_intervall: 1s}\n"))
                .containsExactly("m.yaml:4:3: field push_intervall not recognised in metrics.prometheus");
        assertThat(loader.lint("m.yaml", output + "metrics:\n  logger: {push_interval: soon}\n"))
                .containsExactly("m.yaml:4:3: metrics.logger.push_interval: invalid duration 'soon'");
        assertThat(loader.lint("m.yaml", output + "metrics:\n  json_api: {}\n  none: {}\n"))
                .containsExactly("m.yaml:4:3: unable to infer metrics type, multiple candidates 'json_api' and 'none'");
        assertThat(loader.lint("m.yaml", output + "metrics:\n  mapping: 'root = '\n  none: {}\n"))
                .singleElement().asString().startsWith("m.yaml:4:3: metrics.mapping: ");
        assertThat(loader.lint("m.yaml", output + "metrics:\n  mapping: 'root = this.uppercase()'\n  json_api: {}\n")).isEmpty();
    }
}
