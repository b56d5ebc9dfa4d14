package io.camelbenthos.redis;

import io.camelbenthos.readiness.ReplayBackoff;
import io.lettuce.core.KeyValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benthos's redis_list input (connectors reference §4.2): one blocking pop ({@code BLPOP} or {@code BRPOP}, waiting
 * {@code timeout}) per message, no metadata; reading goes on while earlier messages are in flight, up to
 * {@code max_in_flight}. The element leaves Redis when popped, so the ack does nothing. A nack, with
 * {@code auto_replay_nacks} (the default), pushes the element back on the end it was popped from, where it is read
 * again next (Benthos replays it from memory; pushed back it also survives a crash meanwhile); without it the element
 * is dropped, as in Benthos. A failed pop is logged {@code Failed to read message: <error>} and the input reconnects.
 */
final class RedisListConsumer extends RedisInputConsumer<RedisSession> {
    private static final Logger LOG = LoggerFactory.getLogger(RedisListConsumer.class);

    private final byte[] key;
    private final boolean rightPop;
    /** Nacked elements whose push back failed (disconnected): pushed first once reconnected. */
    private final ConcurrentLinkedQueue<byte[]> pushBacks = new ConcurrentLinkedQueue<>();
    /** Nacks in a row, for Benthos's replay back-off between them. */
    private final AtomicInteger nacksInARow = new AtomicInteger();

    RedisListConsumer(BenthosRedisEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint.getMaxInFlight());
        this.key = endpoint.getKey().getBytes(StandardCharsets.UTF_8);
        this.rightPop = "brpop".equals(endpoint.getCommand());
    }

    @Override
    protected RedisSession connect() {
        RedisSession s = connector.open(Duration.ofMillis(endpoint.getTimeout()).plusSeconds(10), () -> {
        });
        try {
            s.sync().ping();
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    @Override
    protected void lost(String error) {
        LOG.error("Failed to read message: {}", error);
    }

    @Override
    protected void read(RedisSession s) throws Exception {
        double seconds = endpoint.getTimeout() / 1000.0;
        while (!stopping()) {
            pushBackPending(s);
            int nacks = nacksInARow.get();
            if (nacks > 0 && !sleep(ReplayBackoff.millis(nacks))) {
                return;
            }
            if (!awaitSlot()) {
                return;
            }
            KeyValue<byte[], byte[]> popped;
            try {
                popped = rightPop ? s.sync().brpop(seconds, key) : s.sync().blpop(seconds, key);
            } catch (RuntimeException e) {
                releaseSlot();
                if (stopping()) {
                    return;
                }
                throw e;
            }
            if (popped == null || !popped.hasValue()) {
                releaseSlot(); // the timeout passed with nothing to read: try again
                continue;
            }
            byte[] value = popped.getValue();
            dispatch(value, Map.of(), failure -> settled(value, failure));
        }
    }

    private void settled(byte[] value, Exception failure) {
        if (failure == null) {
            nacksInARow.set(0);
            return;
        }
        if (!endpoint.isAutoReplayNacks()) {
            return; // dropped, as Benthos does without auto_replay_nacks
        }
        nacksInARow.incrementAndGet();
        RedisSession s = session();
        if (s == null) {
            pushBacks.add(value);
            return;
        }
        // never a blocking call here: this may run on a Netty thread
        (rightPop ? s.async().rpush(key, value) : s.async().lpush(key, value)).whenComplete((n, e) -> {
            if (e != null) {
                pushBacks.add(value);
            }
        });
    }

    private void pushBackPending(RedisSession s) {
        byte[] value;
        while ((value = pushBacks.peek()) != null) {
            if (rightPop) {
                s.sync().rpush(key, value);
            } else {
                s.sync().lpush(key, value);
            }
            pushBacks.poll();
        }
    }

    @Override
    protected void drained(RedisSession s) {
        if (s != null && !pushBacks.isEmpty()) {
            try {
                pushBackPending(s);
            } catch (RuntimeException e) {
                LOG.error("Failed to acknowledge message: {}", connector.textOf(e));
            }
        }
        if (!pushBacks.isEmpty()) {
            LOG.error("Failed to acknowledge message: {} nacked message(s) could not be pushed back to {}",
                    pushBacks.size(), endpoint.getKey());
        }
    }
}
