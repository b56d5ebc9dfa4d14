package io.camelbenthos.components.ratelimits;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.RateLimitComponent;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.ratelimit.LocalRateLimit;
import io.camelbenthos.ratelimit.RateLimit;

/** The {@code local} rate limit: {@code count} accesses per {@code interval}, shared in this process. */
public final class LocalRateLimitComponent implements RateLimitComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("local", ComponentKind.RATE_LIMIT,
            "A token bucket allowing count accesses per interval, local to this process.",
            FieldSpec.of("count", FieldType.INT, 1000L, "The maximum number of accesses per interval."),
            FieldSpec.of("interval", FieldType.DURATION, "1s", "The time window of the limit."),
            FieldSpec.of("byte_size", FieldType.INT, 0L,
                    "A maximum number of bytes per interval; not supported here, must be 0.").asAdvanced());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public RateLimit create(ComponentConfig config) {
        if (config.integer("byte_size") != 0) {
            throw new ConfigException(config.position("byte_size"),
                    "local rate limit: byte_size is not supported, only count per interval (set byte_size: 0)");
        }
        long count = config.integer("count");
        if (count <= 0) {
            throw new ConfigException(config.position("count"), "count must be larger than zero");
        }
        String interval = config.string("interval");
        if (GoDuration.parse(interval) <= 0) {
            throw new ConfigException(config.position("interval"), "interval must be larger than zero");
        }
        LocalRateLimit limit = new LocalRateLimit();
        limit.setCount(count);
        limit.setInterval(interval);
        return limit;
    }
}
