package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code branch} for one message, rules and examples from the processors reference §2. */
class BranchProcessorTest {

    private static String config(String branch) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - branch:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(branch.indent(8).stripTrailing());
    }

    private static Exchange send(StreamHarness h, String body, Map<String, Object> metadata) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().getHeaders().putAll(metadata);
        });
    }

    private static String error(Exchange e) {
        Throwable t = BenthosExchange.error(e);
        return t == null ? null : t.getMessage();
    }

    @Test
    void theResultMapAddsTheBranchResultToTheOriginal() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                request_map: 'root = this.user'
                processors:
                  - mapping: 'root = {"upper": this.name.uppercase()}'
                result_map: 'root.enriched = this'
                """))) {
            Exchange e = send(h, "{\"id\":1,\"user\":{\"name\":\"ada\"}}", Map.of());
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("{\"enriched\":{\"upper\":\"ADA\"},\"id\":1,\"user\":{\"name\":\"ada\"}}");
        }
    }

    @Test
    void aFailedRequestMapFlagsTheOriginalWithBenthosTextAndSkipsTheChildren() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                request_map: 'root.foo = this.foo.not_null()'
                processors:
                  - mapping: 'root = "child ran"'
                result_map: 'root.result = this'
                """))) {
            Exchange e = send(h, "{}", Map.of());
            assertThat(error(e)).isEqualTo(
                    "request mapping failed: failed assignment (line 1): field `this.foo`: value is null");
            assertThat(StreamHarness.body(e)).isEqualTo("{}");
        }
    }

    @Test
    void aDeletedRequestSkipsTheBranchWithoutAnError() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                request_map: 'root = if this.skip { deleted() } else { this }'
                processors:
                  - mapping: 'root = "child ran"'
                result_map: 'root = content()'
                """))) {
            Exchange skipped = send(h, "{\"skip\":true}", Map.of());
            assertThat(error(skipped)).isNull();
            assertThat(StreamHarness.body(skipped)).isEqualTo("{\"skip\":true}");
            Exchange ran = send(h, "{\"skip\":false}", Map.of());
            assertThat(StreamHarness.body(ran)).isEqualTo("child ran");
        }
    }

    @Test
    void theRequestEntersWithoutTheOriginalsErrorWhichTheOriginalKeeps() throws Exception {
        String yaml = """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - mapping: 'root = throw("earlier failure")'
                    - branch:
                        processors:
                          - mapping: 'root = if errored() { "request errored" } else { "request clean" }'
                        result_map: 'root = content()'
                output:
                  test_sink: {name: out}
                """;
        try (StreamHarness h = new StreamHarness(yaml)) {
            Exchange e = send(h, "x", Map.of());
            assertThat(StreamHarness.body(e)).isEqualTo("request clean");
            assertThat(error(e)).contains("earlier failure");
        }
    }

    @Test
    void aChildFailureFlagsTheOriginalAndSkipsTheResultMap() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                processors:
                  - mapping: 'root = throw("nope")'
                result_map: 'root = "mapped"'
                """))) {
            Exchange e = send(h, "original", Map.of());
            assertThat(error(e)).isEqualTo("processors failed: failed assignment (line 1): nope");
            assertThat(StreamHarness.body(e)).isEqualTo("original");
        }
    }

    @Test
    void childrenThatDropTheMessageFlagTheOriginal() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                processors:
                  - mapping: 'root = deleted()'
                """))) {
            Exchange e = send(h, "original", Map.of());
            assertThat(error(e)).isEqualTo("child processors resulted in zero messages");
            assertThat(StreamHarness.body(e)).isEqualTo("original");
        }
    }

    @Test
    void metadataReadsInTheResultMapSeeTheOriginalAndChildMetadataStaysInTheBranch() throws Exception {
        // Benthos issue #2293: `meta code = @code` reads the original's metadata; metadata("code") reads the result's.
        try (StreamHarness h = new StreamHarness(config("""
                processors:
                  - mapping: |
                      meta code = "201"
                      meta inner = "x"
                result_map: |
                  meta from_at = @code
                  meta from_result = metadata("code")
                """))) {
            Exchange e = send(h, "body", Map.of("code", "orig"));
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.metadata(e))
                    .containsEntry("from_at", "orig")
                    .containsEntry("from_result", "201")
                    .containsEntry("code", "orig")
                    .doesNotContainKey("inner");
            assertThat(StreamHarness.body(e)).isEqualTo("body");
        }
    }

    @Test
    void anEmptyRequestMapCopiesContentAndMetadataAndAnEmptyResultMapLeavesTheOriginal() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                processors:
                  - mapping: 'root = content().string() + " " + @k'
                  - log: {message: 'request: ${! content() }'}
                """))) {
            Exchange e = send(h, "hello", Map.of("k", "v"));
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("hello");
        }
    }

    @Test
    void aResultMapErrorFlagsTheOriginal() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                processors:
                  - mapping: 'root = {"a": 1}'
                result_map: 'root.b = this.missing.not_null()'
                """))) {
            Exchange e = send(h, "{\"x\":1}", Map.of());
            assertThat(error(e)).isEqualTo(
                    "result mapping failed: failed assignment (line 1): field `this.missing`: value is null");
            assertThat(StreamHarness.body(e)).isEqualTo("{\"x\":1}");
        }
    }

    @Test
    void aBranchWithoutProcessorsIsAConfigError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StreamHarness(config("""
                processors: []
                """)).close()).hasMessageContaining("the branch processor requires at least one child processor");
    }
}
