package io.camelbenthos.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import io.nats.client.KeyValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The {@code nats_kv} input, output and processor end to end through the runtime against the real local NATS
 * server's key-value store: puts read back with jnats, the watcher's messages and metadata, and every processor
 * operation with the metadata Benthos writes.
 */
class NatsKvTest extends NatsServerTest {
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void theOutputPutsEachMessageUnderItsKey() throws Exception {
        String bucket = NatsServer.unique("out");
        KeyValue kv = nats.bucket(bucket, 1);
        StreamHarness s = nats.run("""
                input:
                  test_direct:
                    name: in
                output:
                  nats_kv:
                    urls: [ "%s" ]
                    bucket: %s
                    key: user.${! content().string().split("=").index(0) }
                """.formatted(nats.url, bucket));
        NatsServer.awaitConnected(s);

        assertThat(s.send("in", "alice=1").getException()).isNull();
        assertThat(s.send("in", "bob=2").getException()).isNull();

        assertThat(text(kv.get("user.alice").getValue())).isEqualTo("alice=1");
        assertThat(text(kv.get("user.bob").getValue())).isEqualTo("bob=2");
        assertThat(s.send("in", "bad key=3").getException()).as("an invalid key is a nack").isNotNull();
    }

    @Test
    void theInputWatchesTheBucketWithBenthosMetadata() throws Exception {
        String bucket = NatsServer.unique("in");
        KeyValue kv = nats.bucket(bucket, 5);
        kv.put("a.one", "first");
        kv.put("a.one", "second");
        kv.put("b.two", "other key");
        String sink = "sink-" + UUID.randomUUID();
        nats.run("""
                input:
                  nats_kv:
                    urls: [ "%s" ]
                    bucket: %s
                    key: a.>
                pipeline:
                  processors:
                    - mapping: |
                        root.value = content().string()
                        root.meta = @
                        root.revision_type = @nats_kv_revision.type()
                output:
                  test_sink:
                    name: %s
                """.formatted(nats.url, bucket, sink));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.sink(sink).size() == 1);
        kv.put("a.three", "live");
        kv.delete("a.one");
        await().atMost(Duration.ofSeconds(20)).until(() -> TestComponents.sink(sink).size() == 3);

        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> got = new ArrayList<>();
        for (String m : TestComponents.sink(sink)) {
            got.add(asMap(json.readValue(m, Map.class)));
        }
        assertThat(got.get(0).get("value")).as("only the latest revision of a key at start").isEqualTo("second");
        assertThat(asMap(got.get(0).get("meta"))).containsEntry("nats_kv_key", "a.one")
                .containsEntry("nats_kv_bucket", bucket).containsEntry("nats_kv_revision", 2)
                .containsEntry("nats_kv_operation", "KeyValuePutOp").containsKey("nats_kv_created")
                .containsKey("nats_kv_delta");
        assertThat(got.get(0).get("revision_type")).isEqualTo("number");
        assertThat(got.get(1).get("value")).isEqualTo("live");
        assertThat(asMap(got.get(2).get("meta"))).containsEntry("nats_kv_key", "a.one")
                .containsEntry("nats_kv_operation", "KeyValueDeleteOp");
        assertThat(got.get(2).get("value")).isEqualTo("");
    }

    @Test
    void theProcessorRunsEveryOperation() throws Exception {
        String bucket = NatsServer.unique("proc");
        KeyValue kv = nats.bucket(bucket, 10);
        String yaml = """
                input:
                  test_direct:
                    name: %s
                pipeline:
                  processors:
                    - nats_kv:
                        urls: [ "%s" ]
                        bucket: %s
                        operation: %s
                        key: ${! @key }
                %s
                output:
                  drop: {}
                """;
        StreamHarness put = nats.run(yaml.formatted("put", nats.url, bucket, "put", ""));
        StreamHarness create = nats.run(yaml.formatted("create", nats.url, bucket, "create", ""));
        StreamHarness get = nats.run(yaml.formatted("get", nats.url, bucket, "get", ""));
        StreamHarness getRevision = nats.run(yaml.formatted("getrev", nats.url, bucket, "get_revision",
                "        revision: ${! @rev }"));
        StreamHarness update = nats.run(yaml.formatted("update", nats.url, bucket, "update",
                "        revision: ${! @rev }"));
        StreamHarness delete = nats.run(yaml.formatted("delete", nats.url, bucket, "delete", ""));
        StreamHarness purge = nats.run(yaml.formatted("purge", nats.url, bucket, "purge", ""));
        StreamHarness history = nats.run(yaml.formatted("history", nats.url, bucket, "history", ""));
        StreamHarness keys = nats.run(yaml.formatted("keys", nats.url, bucket, "keys", ""));
        for (StreamHarness s : List.of(put, create, get, getRevision, update, delete, purge, history, keys)) {
            NatsServer.awaitConnected(s);
        }

        Exchange e = send(put, "put", "v1", Map.of("key", "k1"));
        assertThat(StreamHarness.body(e)).isEqualTo("v1");
        assertThat(StreamHarness.metadata(e)).containsEntry("nats_kv_key", "k1").containsEntry("nats_kv_bucket", bucket)
                .containsEntry("nats_kv_operation", "KeyValuePutOp");
        assertThat(StreamHarness.metadata(e).get("nats_kv_revision").toString()).isEqualTo("1");

        e = send(create, "create", "v2", Map.of("key", "k1"));
        assertThat(error(e)).as("create of an existing key fails").isNotNull();
        e = send(create, "create", "c1", Map.of("key", "k2"));
        assertThat(error(e)).isNull();
        assertThat(text(kv.get("k2").getValue())).isEqualTo("c1");

        e = send(update, "update", "v2", Map.of("key", "k1", "rev", "1"));
        assertThat(error(e)).isNull();
        assertThat(StreamHarness.metadata(e).get("nats_kv_revision").toString()).isEqualTo("3");
        e = send(update, "update", "stale", Map.of("key", "k1", "rev", "1"));
        assertThat(error(e)).as("update of a stale revision fails").isNotNull();

        e = send(get, "get", "ignored", Map.of("key", "k1", "dropped", "yes"));
        assertThat(StreamHarness.body(e)).isEqualTo("v2");
        assertThat(StreamHarness.metadata(e)).containsEntry("nats_kv_key", "k1").containsKey("nats_kv_created")
                .doesNotContainKey("dropped"); // the entry replaces the message
        assertThat(StreamHarness.metadata(e).get("nats_kv_revision").toString()).isEqualTo("3");

        e = send(getRevision, "getrev", "ignored", Map.of("key", "k1", "rev", "1"));
        assertThat(StreamHarness.body(e)).isEqualTo("v1");

        e = send(history, "history", "", Map.of("key", "k1"));
        List<?> entries = new ObjectMapper().readValue(StreamHarness.body(e), List.class);
        assertThat(entries).hasSize(2);
        assertThat(asMap(entries.get(0))).containsEntry("key", "k1").containsEntry("bucket", bucket)
                .containsEntry("operation", "KeyValuePutOp").containsEntry("revision", 1)
                .containsEntry("value", java.util.Base64.getEncoder().encodeToString("v1".getBytes()));

        e = send(keys, "keys", "", Map.of("key", ">"));
        assertThat(new ObjectMapper().readValue(StreamHarness.body(e), List.class)).containsExactlyInAnyOrder("k1", "k2");
        assertThat(StreamHarness.metadata(e)).containsEntry("nats_kv_bucket", bucket);

        e = send(delete, "delete", "x", Map.of("key", "k2"));
        assertThat(StreamHarness.metadata(e)).containsEntry("nats_kv_operation", "KeyValueDeleteOp");
        assertThat(kv.get("k2")).isNull();
        e = send(get, "get", "x", Map.of("key", "k2"));
        assertThat(error(e)).isEqualTo("nats: key not found");
        assertThat(StreamHarness.body(e)).as("a failed operation leaves the message").isEqualTo("x");

        e = send(purge, "purge", "x", Map.of("key", "k1"));
        assertThat(StreamHarness.metadata(e)).containsEntry("nats_kv_operation", "KeyValuePurgeOp");
        assertThat(kv.history("k1")).hasSize(1);
    }

    private static Exchange send(StreamHarness s, String input, String body, Map<String, String> meta) {
        return s.camel().createProducerTemplate().send("direct:test." + input, ex -> {
            ex.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
            ex.getMessage().getHeaders().putAll(meta);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static String error(Exchange e) {
        Throwable t = io.camelbenthos.camel.BenthosExchange.first(e).error();
        return t == null ? null : t.getMessage();
    }
}
