package io.camelbenthos.components.ratelimits;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.RateLimitComponent;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.ratelimit.RateLimit;
import io.camelbenthos.redis.RedisRateLimit;
import io.camelbenthos.redis.RedisResources;
import io.camelbenthos.redis.RedisUri;

/** The {@code redis} rate limit: {@code count} accesses per {@code interval} per {@code key}, shared through Redis. */
public final class RedisRateLimitComponent implements RateLimitComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis", ComponentKind.RATE_LIMIT, "experimental",
            "A rate limit implementation using Redis. It works by using a simple token bucket algorithm to limit the "
                    + "number of requests to a given count within a given time period. The rate limit is shared "
                    + "across all instances of Redpanda Connect that use the same Redis instance, which must all have "
                    + "a consistent count and interval.",
            RedisUri.withClientFields(
                    FieldSpec.of("count", FieldType.INT, 1000L, "The maximum number of messages to allow for a given "
                            + "period of time."),
                    FieldSpec.of("interval", FieldType.DURATION, "1s", "The time window to limit requests by."),
                    FieldSpec.required("key", FieldType.STRING, "The key to use for the rate limit.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public RateLimit create(ComponentConfig config) {
        if (config.integer("count") <= 0) {
            throw new ConfigException(config.position("count"), "count must be larger than zero");
        }
        if (GoDuration.parse(config.string("interval")) <= 0) {
            throw new ConfigException(config.position("interval"), "interval must be larger than zero");
        }
        RedisRateLimit limit = RedisResources.configure(new RedisRateLimit(), config);
        limit.setKey(config.string("key"));
        limit.setCount(config.integer("count"));
        limit.setInterval(config.string("interval"));
        return limit;
    }
}
