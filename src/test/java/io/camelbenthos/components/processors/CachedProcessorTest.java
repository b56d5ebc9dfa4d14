package io.camelbenthos.components.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.CachedResults;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** {@code cached}, rules from the processors reference §5 and §25.4. */
class CachedProcessorTest {

    private static String config(String cached) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - cached:
                        cache: results
                %s
                output:
                  test_sink: {name: out}
                cache_resources:
                  - label: results
                    memory: {}
                """.formatted(cached.indent(8).stripTrailing());
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

    private static Cache results(StreamHarness h) {
        return Caches.lookup(h.camel(), "test.cache_resources.results");
    }

    @Test
    void aMissRunsTheChildrenAndAHitReusesTheirResult() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: '${! @topic }'
                processors:
                  - mapping: 'root = content().uppercase() + " #" + count("cached-hit-miss").string()'
                """))) {
            Exchange first = send(h, "hello", Map.of("topic", "a"));
            assertThat(error(first)).isNull();
            String result = StreamHarness.body(first);
            assertThat(result).startsWith("HELLO #");

            Exchange second = send(h, "something else", Map.of("topic", "a"));
            assertThat(StreamHarness.body(second)).as("the cached result, children not run").isEqualTo(result);

            Exchange other = send(h, "other", Map.of("topic", "b"));
            assertThat(StreamHarness.body(other)).as("a second run of the children")
                    .isEqualTo("OTHER #" + (Long.parseLong(result.substring("HELLO #".length())) + 1));
            assertThat(TestComponents.sink("out")).as("hits go on to the output too")
                    .containsExactly(result, result, StreamHarness.body(other));
        }
    }

    @Test
    void aHitKeepsTheCurrentMetadataAndOnlyContentIsCached() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: static
                processors:
                  - mapping: |
                      meta child = "set by the child"
                      root = content().uppercase()
                """))) {
            Exchange miss = send(h, "first", Map.of("mine", "1"));
            assertThat(StreamHarness.body(miss)).isEqualTo("FIRST");
            assertThat(StreamHarness.metadata(miss)).as("the children's output replaces the message on a miss")
                    .containsEntry("child", "set by the child").containsEntry("mine", "1");

            Exchange hit = send(h, "second", Map.of("mine", "2"));
            assertThat(StreamHarness.body(hit)).isEqualTo("FIRST");
            assertThat(StreamHarness.metadata(hit)).containsEntry("mine", "2").doesNotContainKey("child");
        }
    }

    @Test
    void theStoredValueIsBenthosFormat() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                processors:
                  - test_upper: {}
                """))) {
            send(h, "abc", Map.of());
            byte[] stored = results(h).get("k");
            assertThat(stored).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 'A', 'B', 'C');
        }
    }

    @Test
    void skipOnKeepsAFailedResultOutOfTheCache() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                skip_on: errored()
                processors:
                  - mapping: 'root = if content() == "fail" { throw("boom") } else { content().uppercase() }'
                """))) {
            Exchange failed = send(h, "fail", Map.of());
            assertThat(error(failed)).isEqualTo("failed assignment (line 1): boom");
            Exchange ok = send(h, "fine", Map.of());
            assertThat(error(ok)).isNull();
            assertThat(StreamHarness.body(ok)).as("the failure was not cached").isEqualTo("FINE");
            Exchange hit = send(h, "fail", Map.of());
            assertThat(StreamHarness.body(hit)).isEqualTo("FINE");
            assertThat(error(hit)).isNull();
        }
    }

    @Test
    void withoutSkipOnAFailedResultIsCachedButNotItsErrorFlag() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                processors:
                  - mapping: 'root = throw("boom")'
                """))) {
            Exchange failed = send(h, "original", Map.of());
            assertThat(error(failed)).isEqualTo("failed assignment (line 1): boom");
            Exchange hit = send(h, "later", Map.of());
            assertThat(StreamHarness.body(hit)).isEqualTo("original");
            assertThat(error(hit)).as("only content is cached").isNull();
        }
    }

    @Test
    void aSkipOnThatIsNotABooleanSkipsCachingAsAPrecaution() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                skip_on: '"yes"'
                processors:
                  - test_append: '!'
                """))) {
            assertThat(StreamHarness.body(send(h, "a", Map.of()))).isEqualTo("a!");
            assertThat(StreamHarness.body(send(h, "b", Map.of()))).isEqualTo("b!");
        }
    }

    @Test
    void childrenThatDropTheMessageDropItAndThatEmptyResultIsCached() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: '${! @k }'
                processors:
                  - mapping: 'root = if content() == "drop" { deleted() } else { content() }'
                """))) {
            Exchange dropped = send(h, "drop", Map.of("k", "a"));
            assertThat(dropped.getProperty(BenthosExchange.DELETED, Boolean.class)).isTrue();
            Exchange hit = send(h, "keep", Map.of("k", "a"));
            assertThat(hit.getProperty(BenthosExchange.DELETED, Boolean.class)).as("the cached empty result").isTrue();
            Exchange other = send(h, "keep", Map.of("k", "b"));
            assertThat(StreamHarness.body(other)).isEqualTo("keep");
            assertThat(TestComponents.sink("out")).containsExactly("keep");
            assertThat(results(h).get("a")).containsExactly(0, 0, 0, 1, 0, 0, 0, 0);
        }
    }

    @Test
    void dataNotSetByThisProcessorFlagsTheMessage() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                processors:
                  - test_upper: {}
                """))) {
            results(h).set("k", "plain text".getBytes(StandardCharsets.UTF_8), null); // "plai" read as a version
            Exchange e = send(h, "x", Map.of());
            assertThat(error(e)).isEqualTo("failed to parse cached result, this indicates the data was not set by "
                    + "this processor: invalid format version: 1886151017");
            assertThat(StreamHarness.body(e)).isEqualTo("x");
        }
    }

    @Test
    void aResultOfSeveralMessagesReplacesTheMessageWithAllOfThem() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: k
                processors:
                  - test_upper: {}
                """))) {
            results(h).set("k", CachedResults.encode(List.of(new byte[] {'a'}, new byte[] {'b'})), null);
            Exchange e = send(h, "x", Map.of("mine", "1"));
            assertThat(error(e)).isNull();
            // processors reference §5: the stored contents, each on a copy of the message (its metadata)
            assertThat(io.camelbenthos.camel.BenthosExchange.batch(e).messages())
                    .extracting(m -> m.contentAsString() + "/" + m.metadata().get("mine")).containsExactly("a/1", "b/1");
        }
    }

    @Test
    void keyAndTtlErrorsFlagTheMessageAndSkipTheChildren() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                key: '${! this.id.not_null() }'
                ttl: '${! @ttl }'
                processors:
                  - test_upper: {}
                """))) {
            Exchange noKey = send(h, "{}", Map.of("ttl", "1m"));
            assertThat(error(noKey)).startsWith("failed to interpolate key expression: ");
            assertThat(StreamHarness.body(noKey)).isEqualTo("{}");
            Exchange badTtl = send(h, "{\"id\":1}", Map.of("ttl", "soon"));
            assertThat(error(badTtl)).isEqualTo("failed to parse ttl expression: time: invalid duration \"soon\"");
            Exchange emptyTtl = send(h, "{\"id\":1}", Map.of("ttl", ""));
            assertThat(error(emptyTtl)).as("Go cannot parse an empty duration")
                    .isEqualTo("failed to parse ttl expression: time: invalid duration \"\"");
            Exchange ok = send(h, "{\"id\":1}", Map.of("ttl", "1m"));
            assertThat(error(ok)).isNull();
            assertThat(StreamHarness.body(ok)).isEqualTo("{\"ID\":1}");
        }
    }

    @Test
    void aCachedInsideABranchIsTheDocsEnrichmentPattern() throws Exception {
        try (StreamHarness h = new StreamHarness("""
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - branch:
                        request_map: 'root = ""'
                        processors:
                          - cached:
                              key: static_foo
                              cache: foo_cache
                              ttl: 10m
                              processors:
                                - mapping: 'root = {"fetched": count("cached-branch")}'
                        result_map: 'root.foo = this'
                output:
                  test_sink: {name: out}
                cache_resources:
                  - label: foo_cache
                    memory: {}
                """)) {
            Exchange a = send(h, "{\"n\":1}", Map.of());
            Exchange b = send(h, "{\"n\":2}", Map.of());
            assertThat(error(a)).isNull();
            String fetched = StreamHarness.body(a).replaceAll(".*\"fetched\":(\\d+).*", "$1");
            assertThat(StreamHarness.body(a)).isEqualTo("{\"foo\":{\"fetched\":" + fetched + "},\"n\":1}");
            assertThat(StreamHarness.body(b)).isEqualTo("{\"foo\":{\"fetched\":" + fetched + "},\"n\":2}");
        }
    }
}
