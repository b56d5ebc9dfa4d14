package io.camelbenthos.components.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.cache.KeyNotFoundException;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cache} output, connectors reference §9.4. */
class CacheOutputTest {

    private static String config(String output, String cache) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  cache:
                %s
                cache_resources:
                  - label: foo
                %s
                """.formatted(output.indent(4).stripTrailing(), cache.indent(4).stripTrailing());
    }

    private static Exchange send(StreamHarness h, String body, Map<String, Object> metadata) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> {
            e.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            e.getMessage().getHeaders().putAll(metadata);
        });
    }

    private static Cache foo(StreamHarness h) {
        return Caches.lookup(h.camel(), "test.cache_resources.foo");
    }

    @Test
    void storesTheContentUnderTheInterpolatedKey() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                target: foo
                key: ${!json("doc.id")}
                """, "memory: {}"))) {
            Exchange e = send(h, "{\"doc\":{\"id\":\"d1\"}}", Map.of("meta", "not stored"));
            assertThat(e.getException()).isNull();
            assertThat(new String(foo(h).get("d1"), StandardCharsets.UTF_8)).isEqualTo("{\"doc\":{\"id\":\"d1\"}}");
        }
    }

    @Test
    void theDefaultKeyIsACounterAndATimestamp(@TempDir Path dir) throws Exception {
        try (StreamHarness h = new StreamHarness(config("target: foo", "file: {directory: '" + dir + "'}"))) {
            Exchange e = send(h, "x", Map.of());
            assertThat(e.getException()).isNull();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .singleElement().asString().matches("\\d+-\\d{19}");
            }
        }
    }

    @Test
    void aPerItemTtlExpiresTheItem() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                target: foo
                key: k
                ttl: -1s
                """, "memory: {compaction_interval: 1h}"))) {
            send(h, "x", Map.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> foo(h).get("k"))
                    .isInstanceOf(KeyNotFoundException.class);
        }
    }

    @Test
    void errorsNackWithBenthosText() throws Exception {
        try (StreamHarness h = new StreamHarness(config("""
                target: foo
                key: ${! this.id.not_null() }
                ttl: ${! @ttl }
                """, "memory: {}"))) {
            Exchange noKey = send(h, "{}", Map.of("ttl", "1m"));
            assertThat(noKey.getException()).isInstanceOf(NackException.class).hasMessageStartingWith("key interpolation error: ");
            Exchange badTtl = send(h, "{\"id\":1}", Map.of("ttl", "1x"));
            assertThat(badTtl.getException()).isInstanceOf(NackException.class)
                    .hasMessage("ttl field: time: unknown unit \"x\" in duration \"1x\"");
        }
        try (StreamHarness h = new StreamHarness(config("""
                target: foo
                key: k
                """, "file: {directory: /dev/null/not-a-directory}"))) {
            assertThat(send(h, "x", Map.of()).getException()).isInstanceOf(NackException.class)
                    .hasMessage("open /dev/null/not-a-directory/k: not a directory");
        }
    }
}
