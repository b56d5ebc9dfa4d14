package io.camelbenthos.nats;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueWatchOption;
import io.nats.client.api.KeyValueWatcher;
import io.nats.client.impl.NatsKeyValueWatchSubscription;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Processor;

/**
 * Benthos's {@code nats_kv} input (semantics: connectors §3.6): a watcher on the bucket's keys matching {@code key};
 * it first delivers the current value of every matching key (every revision with {@code include_history}), then each
 * update. The ack does nothing at the server: a nack is replayed in memory ({@code auto_replay_nacks}) or dropped.
 */
final class KvConsumer extends NatsConsumer {
    private volatile NatsKeyValueWatchSubscription watch;

    KvConsumer(NatsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void subscribe(Connection connection) throws Exception {
        KeyValue kv = connection.keyValue(endpoint.getBucket());
        kv.getStatus(); // a missing bucket fails the connect, as in Benthos
        List<KeyValueWatchOption> options = new ArrayList<>();
        if (endpoint.isIgnoreDeletes()) {
            options.add(KeyValueWatchOption.IGNORE_DELETE);
        }
        if (endpoint.isIncludeHistory()) {
            options.add(KeyValueWatchOption.INCLUDE_HISTORY);
        }
        if (endpoint.isMetaOnly()) {
            options.add(KeyValueWatchOption.META_ONLY);
        }
        watch = kv.watch(endpoint.getKey(), new KeyValueWatcher() {
            @Override
            public void watch(KeyValueEntry entry) {
                byte[] value = entry.getValue();
                dispatch(new Delivery(value == null ? new byte[0] : value, NatsMetadata.kvEntry(entry), failure -> {
                }));
            }

            @Override
            public void endOfData() {
                // the current values were delivered; updates follow
            }
        }, options.toArray(KeyValueWatchOption[]::new));
    }

    @Override
    protected void stopReceiving(Connection connection) {
        NatsKeyValueWatchSubscription w = watch;
        if (w != null) {
            w.unsubscribe();
        }
    }
}
