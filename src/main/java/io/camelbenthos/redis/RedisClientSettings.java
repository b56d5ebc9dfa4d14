package io.camelbenthos.redis;

import io.camelbenthos.camel.ClientTls;
import java.util.List;

/**
 * The client fields every Benthos redis component shares (connectors reference §4.1): {@code url} (comma-separated
 * addresses), {@code kind} ({@code simple}, {@code cluster} or {@code failover}), {@code master} (the sentinel master
 * name for {@code failover}), {@code client_name} and the {@code tls} block (PEM values or files).
 */
public record RedisClientSettings(String urls, String kind, String master, String clientName, ClientTls tls) {

    /** The parsed addresses; a bad URL throws with go-redis's words. */
    public List<RedisAddress> addresses() {
        return RedisAddress.parseAll(urls);
    }

    /**
     * Checks what a connection would need, so that a bad config is a lint error rather than a connect loop.
     *
     * @throws IllegalArgumentException with the reason
     */
    public void validate() {
        addresses();
        switch (kind) {
            case "simple", "cluster" -> {
            }
            case "failover" -> {
                if (master.isEmpty()) {
                    throw new IllegalArgumentException("master name is required when kind is failover");
                }
            }
            default -> throw new IllegalArgumentException("invalid redis kind: " + kind);
        }
    }
}
