package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The {@code cache} processor, rules and examples from the processors reference §4 (and §25.4). */
class CacheProcessorTest {

    /** A pipeline of the given processors with a memory cache {@code foocache} (plus any extra resources). */
    private static String config(String processors, String caches) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                cache_resources:
                  - label: foocache
                    memory: {}
                %s
                """.formatted(processors.indent(4).stripTrailing(), caches.indent(2).stripTrailing());
    }

    private static String config(String processors) {
        return config(processors, "");
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
    void setStoresTheValueFieldAndGetReplacesTheContentKeepingMetadata() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - switch:
                    - check: '@op == "set"'
                      processors:
                        - cache: {resource: foocache, operator: set, key: '${! @k }', value: '${! content() }'}
                    - processors:
                        - cache: {resource: foocache, operator: get, key: '${! @k }'}
                """))) {
            Exchange set = send(h, "stored payload", Map.of("op", "set", "k", "a"));
            assertThat(error(set)).isNull();
            assertThat(StreamHarness.body(set)).isEqualTo("stored payload");

            Exchange get = send(h, "ignored", Map.of("op", "get", "k", "a", "keep", "me"));
            assertThat(error(get)).isNull();
            assertThat(StreamHarness.body(get)).isEqualTo("stored payload");
            assertThat(StreamHarness.metadata(get)).containsEntry("keep", "me").containsEntry("k", "a");
        }
    }

    @Test
    void theValueDefaultsToEmptyNotToTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: k}
                - cache: {resource: foocache, operator: get, key: k}
                """))) {
            Exchange e = send(h, "the message", Map.of());
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEmpty();
        }
    }

    @Test
    void getOfAMissingKeyFlagsTheUnchangedMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: get, key: 'nope-${! content() }'}
                """))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(error(e)).isEqualTo("operator failed for key 'nope-x': key does not exist");
            assertThat(StreamHarness.body(e)).isEqualTo("x");
        }
    }

    @Test
    void addOfAnExistingKeyFlagsTheMessageWhichContinues() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: add, key: '${! content() }', value: storeme}
                - mapping: 'root = content().string() + if errored() { " (duplicate)" } else { " (new)" }'
                """))) {
            Exchange first = send(h, "id1", Map.of());
            assertThat(StreamHarness.body(first)).isEqualTo("id1 (new)");
            assertThat(error(first)).isNull();
            Exchange second = send(h, "id1", Map.of());
            assertThat(StreamHarness.body(second)).isEqualTo("id1 (duplicate)");
            assertThat(error(second)).isEqualTo("key already exists: id1");
        }
    }

    @Test
    void theDocsDeduplicationIdiomDropsDuplicates() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache:
                    resource: foocache
                    operator: add
                    key: '${! json("message.id") }'
                    value: "storeme"
                - mapping: root = if errored() { deleted() }
                """))) {
            send(h, "{\"message\":{\"id\":\"a\"}}", Map.of());
            send(h, "{\"message\":{\"id\":\"b\"}}", Map.of());
            Exchange dup = send(h, "{\"message\":{\"id\":\"a\"}}", Map.of());
            assertThat(dup.getException()).isNull();
            assertThat(io.camelbenthos.testing.TestComponents.sink("out"))
                    .containsExactly("{\"message\":{\"id\":\"a\"}}", "{\"message\":{\"id\":\"b\"}}");
        }
    }

    @Test
    void existsReplacesTheContentWithABooleanAndNeverFails() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: exists, key: '${! content() }'}
                """, """
                - label: seeded
                  memory:
                    init_values: {here: "1"}
                """).replace("resource: foocache", "resource: seeded"))) {
            Exchange present = send(h, "here", Map.of());
            assertThat(StreamHarness.body(present)).isEqualTo("true");
            assertThat(error(present)).isNull();
            Exchange absent = send(h, "elsewhere", Map.of());
            assertThat(StreamHarness.body(absent)).isEqualTo("false");
            assertThat(error(absent)).isNull();
        }
    }

    @Test
    void existsTurnsAnyCacheErrorIntoFalse() throws Exception {
        // A file cache whose directory does not exist: every read fails with an OS error, which exists reports as false.
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: broken, operator: exists, key: 'dir/is/missing'}
                """, """
                - label: broken
                  file: {directory: /dev/null/not-a-directory}
                """))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(StreamHarness.body(e)).isEqualTo("false");
            assertThat(error(e)).isNull();
        }
    }

    @Test
    void deleteOfAMissingKeyIsNotAnErrorForTheMemoryCache() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: delete, key: never-set}
                """))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo("x");
        }
    }

    @Test
    void deleteErrorsOfTheCacheFlagTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: files, operator: delete, key: never-set}
                """, """
                - label: files
                  file: {directory: /dev/null/not-a-directory}
                """))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(error(e)).isEqualTo("operator failed for key 'never-set': "
                    + "remove /dev/null/not-a-directory/never-set: not a directory");
        }
    }

    @Test
    void aPerItemTtlIsAppliedAndABadOneFlagsTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: k, value: v, ttl: '${! @ttl }'}
                """))) {
            Exchange ok = send(h, "x", Map.of("ttl", "36h"));
            assertThat(error(ok)).isNull();
            Exchange bad = send(h, "x", Map.of("ttl", "5x"));
            assertThat(error(bad)).isEqualTo("ttl must be a duration: time: unknown unit \"x\" in duration \"5x\"");
            Exchange empty = send(h, "x", Map.of("ttl", ""));
            assertThat(error(empty)).as("an empty ttl means the cache's default").isNull();
        }
    }

    @Test
    void interpolationErrorsAreNamedByField() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: '${! this.missing.not_null() }'}
                """))) {
            Exchange e = send(h, "{}", Map.of());
            assertThat(error(e)).startsWith("key interpolation error: ");
            assertThat(StreamHarness.body(e)).isEqualTo("{}");
        }
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: k, value: '${! this.missing.not_null() }'}
                """))) {
            assertThat(error(send(h, "{}", Map.of()))).startsWith("value interpolation error: ");
        }
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: k, ttl: '${! this.missing.not_null() }'}
                """))) {
            assertThat(error(send(h, "{}", Map.of()))).startsWith("ttl interpolation error: ");
        }
    }

    @Test
    void theValueKeepsBinaryContentByteForByte() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - cache: {resource: foocache, operator: set, key: bin, value: '${! content() }'}
                - cache: {resource: foocache, operator: get, key: bin}
                """))) {
            byte[] binary = {(byte) 0xff, 0x00, (byte) 0xc3, 0x28};
            Exchange e = h.camel().createProducerTemplate().send("direct:test.in", x -> x.getMessage().setBody(binary));
            assertThat(e.getMessage().getBody(byte[].class)).containsExactly(binary);
        }
    }

    @Test
    void theBranchHydrationExampleEnrichesFromTheCache() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                - branch:
                    processors:
                      - cache:
                          resource: foocache
                          operator: get
                          key: '${! json("message.document_id") }'
                    result_map: 'root.message.document = this'
                """, """
                - label: docs
                  memory:
                    init_values:
                      doc-1: '{"title":"hello"}'
                """).replace("resource: foocache", "resource: docs"))) {
            Exchange e = send(h, "{\"message\":{\"document_id\":\"doc-1\"}}", Map.of());
            assertThat(error(e)).isNull();
            assertThat(StreamHarness.body(e))
                    .isEqualTo("{\"message\":{\"document\":{\"title\":\"hello\"},\"document_id\":\"doc-1\"}}");
            Exchange miss = send(h, "{\"message\":{\"document_id\":\"doc-2\"}}", Map.of());
            assertThat(error(miss)).isEqualTo("processors failed: operator failed for key 'doc-2': key does not exist");
        }
    }
}
