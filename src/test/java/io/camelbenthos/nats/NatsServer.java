package io.camelbenthos.nats;

import io.camelbenthos.testing.Services;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.Nats;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The real local NATS server (JetStream enabled) for a test, through {@link Services}: a jnats connection of the
 * test's own, unique subject, stream and bucket names, and the streams and buckets made deleted again on close.
 */
final class NatsServer implements AutoCloseable {
    final String url;
    final Connection client;
    private final List<String> streams = new ArrayList<>();
    private final List<String> buckets = new ArrayList<>();

    NatsServer() throws IOException, InterruptedException {
        url = Services.requireNats();
        client = Nats.connect(url);
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
