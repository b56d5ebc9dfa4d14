package io.camelbenthos.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/** One Lettuce connection (for commands, or for pub/sub) and its own client; closing it closes both. */
public final class RedisSession implements AutoCloseable {
    private final AbstractRedisClient client;
    private final StatefulConnection<byte[], byte[]> connection;

    RedisSession(AbstractRedisClient client, StatefulConnection<byte[], byte[]> connection) {
        this.client = client;
        this.connection = connection;
    }

    /** Blocking commands (the caller's thread waits). */
    public RedisClusterCommands<byte[], byte[]> sync() {
        return connection instanceof StatefulRedisClusterConnection<byte[], byte[]> c ? c.sync()
                : ((StatefulRedisConnection<byte[], byte[]>) connection).sync();
    }

    /** Non-blocking commands: several issued in a row are pipelined. */
    public RedisClusterAsyncCommands<byte[], byte[]> async() {
        return connection instanceof StatefulRedisClusterConnection<byte[], byte[]> c ? c.async()
                : ((StatefulRedisConnection<byte[], byte[]>) connection).async();
    }

    /** The connection of a session opened for SUBSCRIBE / PSUBSCRIBE ({@link RedisConnector#openPubSub}). */
    public StatefulRedisPubSubConnection<byte[], byte[]> pubsub() {
        return (StatefulRedisPubSubConnection<byte[], byte[]>) connection;
    }

    public boolean isOpen() {
        return connection.isOpen();
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
