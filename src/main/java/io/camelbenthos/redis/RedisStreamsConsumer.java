package io.camelbenthos.redis;

import io.camelbenthos.readiness.ReplayBackoff;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's redis_streams input (connectors reference §4.4): a consumer group read with {@code XREADGROUP}, one entry
 * per message, acked with {@code XACK} only once the output acked it, in bulk every {@code commit_period} (and at
 * stop).
 *
 * <ul>
 *   <li>Connecting pings and creates the group on each stream ({@code XGROUP CREATE}, at {@code 0} with
 *   {@code start_from_oldest} else {@code $}, {@code MKSTREAM} with {@code create_streams}); an existing group is
 *   fine, any other error is {@code creating group G for stream S: <error>}.</li>
 *   <li>Each stream is first read from id {@code 0}: this consumer's own pending entries, delivered but never acked
 *   by an earlier run or before a reconnect, are read again first (Benthos's re-claim); once that backlog is empty
 *   the stream is read from {@code >}. Entries in flight or awaiting their XACK are not sent twice.</li>
 *   <li>Metadata: {@code redis_stream} (the entry id) and every other field of the entry; the message is the
 *   {@code body_key} field. An entry without it is skipped and never acked, as in Benthos.</li>
 *   <li>A nack sends the entry again from memory (with or without {@code auto_replay_nacks}: Benthos re-queues it
 *   locally either way); it stays pending in Redis until acked, so a crash meanwhile loses nothing.</li>
 *   <li>A failed read is logged {@code Error from redis: <error>} and the input reconnects; acks that could not be
 *   sent are kept and sent after the reconnect ({@code Failed to ack stream S: <error>}).</li>
 * </ul>
 */
final class RedisStreamsConsumer extends RedisInputConsumer<RedisSession> {
    private static final Logger LOG = LoggerFactory.getLogger(RedisStreamsConsumer.class);

    private final List<String> streams;
    private final byte[] group;
    private final byte[] consumerName;
    private final String bodyKey;
    /** Per stream: the id read from, {@code 0} (own pending entries) until that backlog is read, then {@code >}. */
    private final Map<String, String> readFrom = new ConcurrentHashMap<>();
    /** Entries (stream/id) handed to the route and not yet acked. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Per stream: acked entry ids awaiting their XACK. */
    private final Map<String, Set<String>> toAck = new ConcurrentHashMap<>();
    private long lastCommit = System.nanoTime();

    RedisStreamsConsumer(BenthosRedisEndpoint endpoint, Processor processor) {
        super(endpoint, processor, 0);
        this.streams = endpoint.getStreams();
        this.group = bytes(endpoint.getConsumerGroup());
        this.consumerName = bytes(endpoint.getClientId());
        this.bodyKey = endpoint.getBodyKey();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected RedisSession connect() throws Exception {
        RedisSession s = connector.open(Duration.ofMillis(endpoint.getTimeout()).plusSeconds(10), () -> {
        });
        try {
            s.sync().ping();
            for (String stream : streams) {
                createGroup(s, stream);
                readFrom.put(stream, "0");
            }
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void createGroup(RedisSession s, String stream) {
        XReadArgs.StreamOffset<byte[]> offset = XReadArgs.StreamOffset.from(bytes(stream),
                endpoint.isStartFromOldest() ? "0" : "$");
        try {
            s.sync().xgroupCreate(offset, group, XGroupCreateArgs.Builder.mkstream(endpoint.isCreateStreams()));
        } catch (RedisBusyException e) {
            // BUSYGROUP Consumer Group name already exists
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                return;
            }
            throw new IllegalStateException("creating group " + endpoint.getConsumerGroup() + " for stream " + stream
                    + ": " + connector.textOf(e), e);
        }
    }

    @Override
    protected void read(RedisSession s) throws Exception {
        while (!stopping()) {
            commitIfDue(s);
            List<StreamMessage<byte[], byte[]>> entries;
            try {
                entries = s.sync().xreadgroup(Consumer.from(group, consumerName),
                        XReadArgs.Builder.count(endpoint.getLimit()).block(endpoint.getTimeout()), offsets());
            } catch (RuntimeException e) {
                if (stopping()) {
                    return;
                }
                throw e;
            }
            Map<String, Integer> perStream = new HashMap<>();
            for (StreamMessage<byte[], byte[]> entry : entries) {
                String stream = new String(entry.getStream(), StandardCharsets.UTF_8);
                perStream.merge(stream, 1, Integer::sum);
                if (!awaitSlot()) {
                    return;
                }
                emit(stream, entry);
            }
            for (String stream : streams) {
                if ("0".equals(readFrom.get(stream)) && !perStream.containsKey(stream)) {
                    readFrom.put(stream, ">"); // own backlog read: new entries from now on
                }
            }
        }
    }

    /** Where each stream is read from now. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private XReadArgs.StreamOffset<byte[]>[] offsets() {
        XReadArgs.StreamOffset<byte[]>[] offsets = new XReadArgs.StreamOffset[streams.size()];
        for (int i = 0; i < offsets.length; i++) {
            String stream = streams.get(i);
            offsets[i] = XReadArgs.StreamOffset.from(bytes(stream), readFrom.get(stream));
        }
        return offsets;
    }

    private void emit(String stream, StreamMessage<byte[], byte[]> entry) {
        String id = entry.getId();
        String ref = stream + "\n" + id;
        Set<String> acked = toAck.get(stream);
        if (entry.getBody() == null || inFlight.contains(ref) || acked != null && acked.contains(id)) {
            releaseSlot(); // a pending entry read again while still in flight, or acked and not yet XACKed
            return;
        }
        byte[] body = null;
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (Map.Entry<byte[], byte[]> field : entry.getBody().entrySet()) {
            String name = new String(field.getKey(), StandardCharsets.UTF_8);
            if (name.equals(bodyKey)) {
                body = field.getValue();
            } else {
                metadata.put(name, new String(field.getValue(), StandardCharsets.UTF_8));
            }
        }
        if (body == null) {
            releaseSlot(); // skipped and never acked, as in Benthos
            return;
        }
        metadata.put("redis_stream", id);
        inFlight.add(ref);
        send(stream, id, ref, body, metadata, 0);
    }

    private void send(String stream, String id, String ref, byte[] body, Map<String, Object> metadata, int retries) {
        dispatch(body, metadata, failure -> {
            if (failure == null) {
                toAck.computeIfAbsent(stream, k -> ConcurrentHashMap.newKeySet()).add(id);
                inFlight.remove(ref);
                return;
            }
            if (stopping()) {
                inFlight.remove(ref); // stays pending in Redis: read again by the next run
                return;
            }
            int next = retries + 1;
            later(ReplayBackoff.millis(next), () -> {
                retake();
                send(stream, id, ref, body, metadata, next);
            });
        });
    }

    private void commitIfDue(RedisSession s) {
        long now = System.nanoTime();
        if (now - lastCommit >= endpoint.getCommitPeriod() * 1_000_000L) {
            lastCommit = now;
            commit(s);
        }
    }

    /** XACKs what was acked, per stream; what fails stays queued for the next flush. */
    private void commit(RedisSession s) {
        for (Map.Entry<String, Set<String>> e : toAck.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            if (ids.isEmpty()) {
                continue;
            }
            try {
                s.sync().xack(bytes(e.getKey()), group, ids.toArray(new String[0]));
                ids.forEach(e.getValue()::remove);
            } catch (RuntimeException ex) {
                LOG.error("Failed to ack stream {}: {}", e.getKey(), connector.textOf(ex));
                throw ex;
            }
        }
    }

    @Override
    protected void drained(RedisSession s) {
        if (s == null) {
            return;
        }
        try {
            commit(s);
        } catch (RuntimeException e) {
            // logged by commit; the entries stay pending and are read again by the next run
        }
    }
}
