package io.camelbenthos.nats;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.readiness.OutputConnection;
import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.JetStreamOptions;
import io.nats.client.KeyValueOptions;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Benthos's {@code nats_kv} processor (semantics: connectors §3.6; Redpanda Connect's processor_kv): one operation on
 * the bucket per message: {@code get}, {@code get_revision} (the entry replaces the message, with its metadata),
 * {@code create}, {@code put}, {@code update} (the message stays, with the revision written), {@code delete},
 * {@code purge}, {@code history} (an array of the key's entries) and {@code keys} (an array of the keys matching
 * {@code key}). A failed operation flags the message with the error and leaves it as it was. The client's calls block,
 * so they run on a pool of the producer's own, never on a pipeline thread; messages wait for the connect loop.
 */
public class KvOperationProducer extends DefaultAsyncProducer {
    private final NatsEndpoint endpoint;
    private final InterpolatedString key;
    private final InterpolatedString revision;
    private volatile KeyValue kv;
    private OutputConnection connection;
    private ExecutorService pool;
    private volatile Connection current;

    public KvOperationProducer(NatsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        if (endpoint.urlList().isEmpty()) {
            throw new IllegalArgumentException("must specify at least one URL");
        }
        this.key = InterpolatedString.parse(endpoint.getKey());
        this.revision = InterpolatedString.parse(endpoint.getRevision());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        pool = endpoint.getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "NatsKv");
        connection = new OutputConnection(NatsKind.KV.benthosType(), this::attempt);
        endpoint.connectionState(connection::state);
        connection.start();
    }

    private OutputConnection.Attempt attempt() throws InterruptedException {
        KeyValue[] bucket = new KeyValue[1];
        return NatsConnector.attempt(endpoint, (conn, event) -> {
        }, c -> {
            bucket[0] = c.keyValue(endpoint.getBucket(), KeyValueOptions.builder().jetStreamOptions(
                    JetStreamOptions.builder().requestTimeout(Duration.ofMillis(endpoint.getTimeout())).build()).build());
            bucket[0].getStatus(); // a missing bucket fails the connect, as in Benthos
        }, c -> {
            current = c;
            kv = bucket[0];
        });
    }

    @Override
    protected void doStop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        Connection c = current;
        current = null;
        kv = null;
        if (c != null) {
            c.close();
        }
        if (pool != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdown(pool);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        connection.writable().whenComplete((ok, notWritable) -> {
            if (notWritable != null) {
                exchange.setException(new IllegalStateException(notWritable.getMessage(), notWritable));
                callback.done(false);
                return;
            }
            try {
                pool.execute(() -> {
                    try {
                        run(exchange);
                    } catch (RuntimeException e) {
                        exchange.setException(e);
                    }
                    callback.done(false);
                });
            } catch (RuntimeException stopping) {
                exchange.setException(stopping);
                callback.done(false);
            }
        });
        return false;
    }

    private void run(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        List<Message> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i).copy();
            try {
                out.add(operate(message));
            } catch (Exception e) {
                out.add(message.setError(e instanceof ProcessingError ? e : new ProcessingError(NatsConnector.textOf(e))));
            }
        }
        BenthosExchange.setResult(exchange, out);
    }

    private Message operate(Message m) throws Exception {
        KeyValue bucket = kv;
        String k = render(key, m);
        return switch (endpoint.getOperation()) {
            case "get" -> entryMessage(found(bucket.get(k)));
            case "get_revision" -> entryMessage(found(bucket.get(k, revision(m))));
            case "create" -> written(m, k, bucket.create(k, m.content()), KeyValueOperation.PUT);
            case "put" -> written(m, k, bucket.put(k, m.content()), KeyValueOperation.PUT);
            case "update" -> written(m, k, bucket.update(k, m.content(), revision(m)), KeyValueOperation.PUT);
            case "delete" -> {
                bucket.delete(k);
                yield written(m, k, 0, KeyValueOperation.DELETE);
            }
            case "purge" -> {
                bucket.purge(k);
                yield written(m, k, 0, KeyValueOperation.PURGE);
            }
            case "history" -> history(bucket.history(k));
            case "keys" -> {
                List<String> found = bucket.keys(k);
                // Go's nil slice: no key is null, not []
                Message keys = Message.of(GoJson.encodeBytes(found.isEmpty() ? null : new ArrayList<Object>(found)));
                keys.metadata().put("nats_kv_bucket", endpoint.getBucket());
                yield keys;
            }
            default -> throw new ProcessingError("invalid kv operation: " + endpoint.getOperation());
        };
    }

    private static KeyValueEntry found(KeyValueEntry entry) {
        if (entry == null || entry.getOperation() != KeyValueOperation.PUT) {
            throw new ProcessingError("nats: key not found");
        }
        return entry;
    }

    /** get, get_revision: a new message, the entry's value with its metadata, as Benthos's newMessageFromKVEntry. */
    private static Message entryMessage(KeyValueEntry e) {
        byte[] value = e.getValue();
        Message m = Message.of(value == null ? new byte[0] : value);
        m.metadata().putAll(NatsMetadata.kvEntry(e));
        return m;
    }

    private Message written(Message m, String k, long rev, KeyValueOperation op) {
        m.metadata().put("nats_kv_key", k);
        m.metadata().put("nats_kv_bucket", endpoint.getBucket());
        m.metadata().put("nats_kv_revision", new UInt64(rev));
        m.metadata().put("nats_kv_operation", NatsMetadata.operation(op));
        return m;
    }

    /** An array of objects, one per entry; the value as Go's JSON writes bytes (base64). */
    private static Message history(List<KeyValueEntry> entries) {
        List<Object> records = new ArrayList<>();
        for (KeyValueEntry e : entries) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", e.getKey());
            byte[] value = e.getValue();
            r.put("value", value == null ? null : Base64.getEncoder().encodeToString(value));
            r.put("bucket", e.getBucket());
            r.put("revision", new UInt64(e.getRevision()));
            r.put("delta", new UInt64(e.getDelta()));
            r.put("operation", NatsMetadata.operation(e.getOperation()));
            r.put("created", e.getCreated());
            records.add(r);
        }
        return Message.of(GoJson.encodeBytes(records.isEmpty() ? null : records));
    }

    private long revision(Message m) {
        String text = render(revision, m);
        try {
            return Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new ProcessingError("strconv.ParseUint: parsing \"" + text + "\": invalid syntax");
        }
    }

    private static String render(InterpolatedString template, Message m) {
        try {
            return template.render(m);
        } catch (BloblangException e) {
            throw new ProcessingError(e.getMessage());
        }
    }
}
