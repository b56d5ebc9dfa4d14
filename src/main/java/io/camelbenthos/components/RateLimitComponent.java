package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.ratelimit.RateLimit;

/**
 * A rate limit type ({@code local}, ...): builds the shared limiter of one {@code rate_limit_resources} entry. The
 * result is bound in the Camel registry, so it should be a JavaBean for the route model to stay exportable.
 */
public interface RateLimitComponent extends BenthosComponent {
    /**
     * @throws io.camelbenthos.config.ConfigException for a config this type cannot honour
     */
    RateLimit create(ComponentConfig config);
}
