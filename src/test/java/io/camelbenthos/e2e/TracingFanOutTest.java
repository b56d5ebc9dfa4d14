package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.testing.OtlpReceiver;
import io.camelbenthos.testing.OtlpReceiver.ReceivedSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * routes/fan_out_kafka.yaml with an {@code open_telemetry_collector} tracer: the OpenTelemetry SDK's own OTLP/HTTP
 * exporter sends each request's trace over loopback to a receiver the test runs.
 */
class TracingFanOutTest {
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = E2eKafka.start("foo_topic");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void aRequestIsOneTraceTheInputsSpanWithAChildPerProcessorAndOutput() throws Exception {
        try (OtlpReceiver collector = new OtlpReceiver()) {
            String yaml = Files.readString(Path.of("routes/fan_out_kafka.yaml")) + """
                    tracer:
                      open_telemetry_collector:
                        http: [{address: '%s'}]
                        tags: {team: data}
                    """.formatted(collector.address());
            try (RouteHarness route = RouteHarness.startYaml("fan_out_kafka.yaml", yaml,
                    Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers()))) {
                assertThat(route.post("foo bar").body()).isEqualTo("FOO BAR");
            } // stopping the context flushes the spans
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(collector.spans()).hasSizeGreaterThanOrEqualTo(5));
            List<ReceivedSpan> spans = collector.spans();
            assertThat(spans).extracting(ReceivedSpan::traceId).containsOnly(spans.get(0).traceId());
            ReceivedSpan root = spans.stream().filter(s -> s.parentSpanId().isEmpty()).findFirst().orElseThrow();
            assertThat(root.name()).isEqualTo("http_server");
            assertThat(root.attributes()).containsEntry("path", "root.input");
            assertThat(root.resource()).containsEntry("service.name", "benthos").containsEntry("team", "data");
            Map<String, String> children = spans.stream().filter(s -> !s.parentSpanId().isEmpty())
                    .peek(s -> assertThat(s.parentSpanId()).isEqualTo(root.spanId()))
                    .collect(Collectors.toMap(s -> s.attributes().get("path"), ReceivedSpan::name));
            assertThat(children).containsEntry("root.output", "broker")
                    .containsEntry("root.output.broker.outputs.0", "kafka")
                    .containsEntry("root.output.broker.outputs.1", "sync_response")
                    .containsEntry("root.output.broker.outputs.1.processors.0", "bloblang");
            assertThat(spans).extracting(ReceivedSpan::statusCode).containsOnly(0);
        }
    }

    @Test
    void jaegerAndBadCollectorsAreLintErrors() {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        String output = "output:\n  drop: {}\n";
        assertThat(loader.lint("t.yaml", output + "tracer:\n  jaeger: {agent_address: 'localhost:6831'}\n"))
                .singleElement().asString().startsWith("t.yaml:4:3: tracer type jaeger is not supported: ");
        assertThat(loader.lint("t.yaml", output + "tracer:\n  open_telemetry_collector:\n    grpc: [{address: 'http://x:4317'}]\n"))
                .containsExactly("t.yaml:4:3: tracer.open_telemetry_collector.grpc.0: address 'http://x:4317' is not host:port");
        assertThat(loader.lint("t.yaml", output + "tracer:\n  open_telemetry_collector:\n    grpc: [{address: 'collector:4317'}]\n"))
                .isEmpty();
    }
}
