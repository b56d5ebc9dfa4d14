package io.camelbenthos.ratelimit;

import java.time.Duration;

/**
 * A Benthos rate limit resource ({@code rate_limit_resources}): asked for one access per request or message.
 * Implementations are thread-safe; they are shared by every component referencing the same label.
 */
public interface RateLimit {
    /**
     * Takes one access if one is available.
     *
     * @return {@link Duration#ZERO} when access is granted, otherwise how long to wait before asking again
     * @throws RuntimeException when the limiter itself failed (http_server answers 502)
     */
    Duration access();
}
