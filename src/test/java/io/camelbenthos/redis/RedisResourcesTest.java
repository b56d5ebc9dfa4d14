package io.camelbenthos.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.KeyAlreadyExistsException;
import io.camelbenthos.cache.KeyNotFoundException;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code redis} cache and rate limit against the local Redis: directly, and as resources of a config. */
class RedisResourcesTest {
    private TestRedis redis;

    @BeforeEach
    void connect() {
        redis = new TestRedis();
    }

    @AfterEach
    void cleanUp() {
        if (redis != null) {
            redis.close();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void cacheOperationsWithPrefixAndTtls() throws Exception {
        String prefix = redis.key("cache") + ":";
        try (RedisCacheStore cache = new RedisCacheStore()) {
            cache.setUrl(redis.url);
            cache.setPrefix(prefix);
            cache.setDefaultTtl("1h");

            assertThatThrownBy(() -> cache.get("a")).isInstanceOf(KeyNotFoundException.class);
            cache.set("a", bytes("1"), null);
            assertThat(new String(cache.get("a"), StandardCharsets.UTF_8)).isEqualTo("1");
            assertThat(redis.cmd().get(prefix + "a")).isEqualTo("1");
            assertThat(redis.cmd().pttl(prefix + "a")).isBetween(1L, 3_600_000L); // default_ttl
            cache.set("b", bytes("2"), Duration.ofSeconds(30));
            assertThat(redis.cmd().pttl(prefix + "b")).isBetween(1L, 30_000L); // the item's own ttl wins

            assertThatThrownBy(() -> cache.add("a", bytes("x"), null)).isInstanceOf(KeyAlreadyExistsException.class);
            cache.add("c", bytes("3"), null);
            assertThat(redis.cmd().get(prefix + "c")).isEqualTo("3");

            cache.delete("a");
            cache.delete("missing"); // no error, as Benthos
            assertThatThrownBy(() -> cache.get("a")).isInstanceOf(KeyNotFoundException.class);
            redis.cmd().del(prefix + "b", prefix + "c");
        }
    }

    @Test
    void anUnreachableCacheFailsAfterItsRetries() {
        try (RedisCacheStore cache = new RedisCacheStore()) {
            cache.setUrl("redis://127.0.0.1:1");
            cache.setRetryInitialInterval("10ms");
            cache.setRetryMaxInterval("20ms");
            cache.setRetryMaxElapsedTime("100ms");
            assertThatThrownBy(() -> cache.get("a")).isInstanceOf(CacheException.class)
                    .hasMessage("dial tcp 127.0.0.1:1: connect: connection refused");
        }
    }

    @Test
    void theCacheAsAResourceOfAConfig() throws Exception {
        String prefix = redis.key("res") + ":";
        try (StreamHarness s = new StreamHarness("redis-cache.yaml", """
                cache_resources:
                  - label: shared
                    redis:
                      url: %s
                      prefix: "%s"
                input:
                  test_direct: { name: in }
                pipeline:
                  processors:
                    - cache:
                        resource: shared
                        operator: set
                        key: '${! content() }'
                        value: 'seen ${! content() }'
                output:
                  drop: {}
                """.formatted(redis.url, prefix), Map.of())) {
            Exchange e = s.send("in", "k1");
            assertThat(e.getException()).isNull();
            assertThat(redis.cmd().get(prefix + "k1")).isEqualTo("seen k1");
            redis.cmd().del(prefix + "k1");
        }
    }

    @Test
    void rateLimitAllowsCountPerIntervalAcrossClients() {
        String key = redis.key("limit");
        try (RedisRateLimit a = limit(key); RedisRateLimit b = limit(key)) {
            assertThat(a.access()).isZero();
            assertThat(b.access()).isZero();
            assertThat(a.access()).isZero();
            Duration wait = b.access(); // the fourth access in the same minute, from the other client
            assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        }
    }

    private RedisRateLimit limit(String key) {
        RedisRateLimit limit = new RedisRateLimit();
        limit.setUrl(redis.url);
        limit.setKey(key);
        limit.setCount(3);
        limit.setInterval("1m");
        return limit;
    }

    @Test
    void theRateLimitAsAResourceOfAConfig() throws Exception {
        String key = redis.key("limit-" + UUID.randomUUID());
        try (StreamHarness s = new StreamHarness("redis-limit.yaml", """
                rate_limit_resources:
                  - label: shared
                    redis:
                      url: %s
                      key: "%s"
                      count: 100
                      interval: 1m
                input:
                  test_direct: { name: in }
                pipeline:
                  processors:
                    - rate_limit: { resource: shared }
                output:
                  drop: {}
                """.formatted(redis.url, key), Map.of())) {
            assertThat(s.send("in", "x").getException()).isNull();
            assertThat(s.send("in", "y").getException()).isNull();
            assertThat(redis.cmd().get(key)).isEqualTo("2");
        }
    }
}
