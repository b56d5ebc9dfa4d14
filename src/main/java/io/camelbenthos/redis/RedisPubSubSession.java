package io.camelbenthos.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/** One Lettuce pub/sub connection and its own client; closing it closes both. */
public final class RedisPubSubSession implements AutoCloseable {
    private final AbstractRedisClient client;
    private final StatefulRedisPubSubConnection<byte[], byte[]> connection;

    RedisPubSubSession(AbstractRedisClient client, StatefulRedisPubSubConnection<byte[], byte[]> connection) {
        this.client = client;
        this.connection = connection;
    }

    public StatefulRedisPubSubConnection<byte[], byte[]> connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.closeAsync();
        } finally {
            client.shutdownAsync();
        }
    }
}
