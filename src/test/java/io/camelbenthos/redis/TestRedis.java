package io.camelbenthos.redis;

import io.camelbenthos.testing.Services;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The local Redis for a test (skipped, or failed under CI, when it is not there), through Lettuce's own client:
 * unique key names, every one of them deleted at {@link #close()}.
 */
final class TestRedis implements AutoCloseable {
    final String url;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final List<String> keys = new ArrayList<>();

    TestRedis() {
        url = Services.requireRedis();
        client = RedisClient.create(url);
        connection = client.connect();
    }

    /** A unique key name, deleted at close. */
    String key(String hint) {
        String key = "cb-test-" + hint + "-" + UUID.randomUUID();
        keys.add(key);
        return key;
    }

    RedisCommands<String, String> cmd() {
        return connection.sync();
    }

    /** The URL of a local port (a TCP forwarder in front of Redis). */
    static String viaPort(int port) {
        return "redis://127.0.0.1:" + port;
    }

    /** Redis's host and port, for a forwarder. */
    java.net.URI address() {
        return java.net.URI.create(url);
    }

    @Override
    public void close() {
        if (!keys.isEmpty()) {
            cmd().del(keys.toArray(new String[0]));
        }
        connection.close();
        client.shutdown();
    }
}
