package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code dedupe}, rules from the processors reference §6 and §25.4. */
class DedupeProcessorTest {

    private static String config(String dedupe, String cache) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - dedupe:
                %s
                output:
                  test_sink: {name: out}
                cache_resources:
                  - label: keycache
                %s
                """.formatted(dedupe.indent(8).stripTrailing(), cache.indent(4).stripTrailing());
    }

    private static Exchange send(StreamHarness h, String body, Map<String, Object> metadata) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().getHeaders().putAll(metadata);
        });
    }

    @Test
    void theDocsExampleDropsMessagesWithAKeySeenBefore() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                cache: keycache
                key: ${! meta("kafka_key") }
                """, """
                memory:
                  default_ttl: 60s
                """))) {
            Exchange first = send(h, "one", Map.of("kafka_key", "a"));
            Exchange dup = send(h, "two", Map.of("kafka_key", "a"));
            send(h, "three", Map.of("kafka_key", "b"));
            assertThat(first.getException()).isNull();
            assertThat(dup.getException()).as("a drop is an ack").isNull();
            assertThat(dup.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).containsExactly("one", "three");
        }
    }

    @Test
    void theKeyIsStoredAsTWithTheCachesDefaultTtl() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - dedupe: {cache: keycache, key: '${! content() }'}
                    - cache: {resource: keycache, operator: get, key: '${! content() }'}
                output:
                  test_sink: {name: out}
                cache_resources:
                  - label: keycache
                    memory: {}
                """)) {
            assertThat(StreamHarness.body(send(h, "k1", Map.of()))).isEqualTo("t");
        }
    }

    @Test
    void aKeyInterpolationErrorFlagsAndKeepsTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                cache: keycache
                key: ${! this.id.not_null() }
                """, "memory: {}"))) {
            Exchange e = send(h, "{}", Map.of());
            assertThat(BenthosExchange.error(e).getMessage())
                    .isEqualTo("key interpolation error: field `this.id`: value is null");
            assertThat(TestComponents.sink("out"))
                    .containsExactly("{} [error: key interpolation error: field `this.id`: value is null]");
        }
    }

    @Test
    void aCacheErrorDropsByDefault() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                cache: keycache
                key: ${! content() }
                """, "file: {directory: /dev/null/not-a-directory}"))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(e.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).isEmpty();
        }
    }

    @Test
    void aCacheErrorWithoutDropOnErrFlagsAndKeepsTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                cache: keycache
                key: ${! content() }
                drop_on_err: false
                """, "file: {directory: /dev/null/not-a-directory}"))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(BenthosExchange.error(e).getMessage())
                    .isEqualTo("open /dev/null/not-a-directory/x: not a directory");
            assertThat(TestComponents.sink("out")).containsExactly("x [error: open /dev/null/not-a-directory/x: not a directory]");
        }
    }

    @Test
    void anExpiredKeyThatWasNotCompactedIsStillADuplicate() throws Exception {
        // Benthos #1993: the memory cache's add ignores expiry until a write-triggered compaction removes the item.
        try (StreamHarness h = new StreamHarness(config("""
                cache: keycache
                key: ${! content() }
                """, """
                memory:
                  default_ttl: 1ns
                  compaction_interval: 1h
                """))) {
            send(h, "a", Map.of());
            Exchange dup = send(h, "a", Map.of());
            assertThat(dup.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            assertThat(TestComponents.sink("out")).containsExactly("a");
        }
    }
}
