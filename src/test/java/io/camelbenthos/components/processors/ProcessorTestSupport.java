package io.camelbenthos.components.processors;

import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;

/** A stream of {@code test_direct: in} → the given pipeline processors → {@code test_sink: out}. */
final class ProcessorTestSupport {
    private ProcessorTestSupport() {
    }

    static String pipeline(String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.indent(4).stripTrailing());
    }

    static StreamHarness harness(String processors) throws Exception {
        return new StreamHarness(pipeline(processors));
    }

    static Exchange send(StreamHarness h, String body) {
        return send(h, body, Map.of());
    }

    static Exchange send(StreamHarness h, String body, Map<String, Object> metadata) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().getHeaders().putAll(metadata);
        });
    }
}
