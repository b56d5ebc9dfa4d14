package io.camelbenthos.redis;

import io.camelbenthos.readiness.ReplayBackoff;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Processor;

/**
 * Benthos's redis_pubsub input (connectors reference §4.3): {@code SUBSCRIBE} (or {@code PSUBSCRIBE} with
 * {@code use_patterns}) to the channels; each message carries {@code redis_pubsub_channel} and
 * {@code redis_pubsub_pattern} ({@code ""} without patterns). Fire-and-forget: the ack does nothing, a nack replays
 * the message from memory with {@code auto_replay_nacks} (else it is dropped), and what is published while
 * disconnected is lost. A lost connection reconnects and subscribes again, as go-redis does by itself.
 *
 * <p>Messages arrive on a Netty thread of Lettuce; they are queued and handed to the route from the input's own
 * thread, so no route work ever runs on (or blocks) the client's event loop.
 */
final class RedisPubSubConsumer extends RedisInputConsumer<RedisSession> {
    private record Received(byte[] body, Map<String, Object> metadata) {
    }

    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile boolean lost;

    RedisPubSubConsumer(BenthosRedisEndpoint endpoint, Processor processor) {
        super(endpoint, processor, 0);
    }

    @Override
    protected RedisSession connect() {
        lost = false;
        RedisSession s = connector.openPubSub(() -> lost = true);
        try {
            s.pubsub().addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(byte[] channel, byte[] message) {
                    received.add(new Received(message, metadata(channel, "")));
                }

                @Override
                public void message(byte[] pattern, byte[] channel, byte[] message) {
                    received.add(new Received(message, metadata(channel, text(pattern))));
                }
            });
            s.pubsub().sync().ping();
            byte[][] channels = endpoint.getChannels().stream().map(c -> c.getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
            if (endpoint.isUsePatterns()) {
                s.pubsub().sync().psubscribe(channels);
            } else {
                s.pubsub().sync().subscribe(channels);
            }
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static Map<String, Object> metadata(byte[] channel, String pattern) {
        return Map.of("redis_pubsub_channel", text(channel), "redis_pubsub_pattern", pattern);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    protected void read(RedisSession s) throws Exception {
        while (!stopping()) {
            Received r = received.poll(100, TimeUnit.MILLISECONDS);
            if (r == null) {
                if (lost || !s.pubsub().isOpen()) {
                    throw new IllegalStateException("connection closed");
                }
                continue;
            }
            if (!awaitSlot()) {
                return;
            }
            send(r, 0);
        }
    }

    private void send(Received r, int retries) {
        dispatch(r.body(), r.metadata(), failure -> {
            if (failure != null && endpoint.isAutoReplayNacks() && !stopping()) {
                int next = retries + 1;
                later(ReplayBackoff.millis(next), () -> {
                    retake();
                    send(r, next);
                });
            }
        });
    }
}
