package io.camelbenthos.nats;

import static org.awaitility.Awaitility.await;

import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.testing.Services;
import io.camelbenthos.testing.StreamHarness;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.Nats;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real local NATS server (JetStream enabled) for a test, through {@link Services}: a jnats connection of the
 * test's own, unique subject, stream and bucket names, the streams (configs) a test runs, and the streams and buckets
 * it made deleted again on close.
 */
final class NatsServer implements AutoCloseable {
    final String url;
    final Connection client;
    private final List<String> streams = new ArrayList<>();
    private final List<String> buckets = new ArrayList<>();
    private final List<StreamHarness> harnesses = new ArrayList<>();

    NatsServer() throws IOException, InterruptedException {
        url = Services.requireNats();
        client = Nats.connect(url);
    }

    /** Starts a stream from YAML, stopped on close; its id (and so its connection names) is unique. */
    StreamHarness run(String yaml) throws Exception {
        String id = "nats" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StreamHarness s = new StreamHarness(id + ".yaml", yaml, Map.of());
        harnesses.add(s);
        return s;
    }

    /** Waits until every input and output of the stream reports connected on /ready. */
    static void awaitConnected(StreamHarness s) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.find(s.camel()).report().allConnected());
    }

    static String unique(String prefix) {
        return "cbt-" + prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A unique subject, {@code cbt.<prefix>.<random>}. */
    static String subject(String prefix) {
        return "cbt." + prefix + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A new memory stream over {@code subjects}, deleted on close. */
    String stream(String... subjects) throws IOException, JetStreamApiException {
        String name = unique("stream");
        client.jetStreamManagement().addStream(StreamConfiguration.builder().name(name).subjects(subjects)
                .storageType(StorageType.Memory).build());
        streams.add(name);
        return name;
    }

    /** Deletes a stream the code under test made, on close. */
    void forgetStream(String name) {
        streams.add(name);
    }

    /** A new memory KV bucket keeping {@code history} revisions per key, deleted on close. */
    KeyValue bucket(String name, int history) throws IOException, JetStreamApiException {
        client.keyValueManagement().create(KeyValueConfiguration.builder().name(name).maxHistoryPerKey(history)
                .storageType(StorageType.Memory).build());
        buckets.add(name);
        return client.keyValue(name);
    }

    @Override
    public void close() throws Exception {
        harnesses.forEach(StreamHarness::close);
        for (String s : streams) {
            try {
                client.jetStreamManagement().deleteStream(s);
            } catch (JetStreamApiException e) {
                // already gone
            }
        }
        for (String b : buckets) {
            try {
                client.keyValueManagement().delete(b);
            } catch (JetStreamApiException e) {
                // already gone
            }
        }
        client.close();
    }
}
