package io.camelbenthos.ratelimit;

import java.time.Duration;
import java.util.function.Consumer;

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

    /**
     * Benthos's {@code waitForAccess} step for a client of the limiter: one access, zero when granted (or when there
     * is no limiter), the wait otherwise; a failing limiter is reported to {@code onError} and means waiting 1 s.
     */
    static Duration waitFor(RateLimit limit, Consumer<RuntimeException> onError) {
        if (limit == null) {
            return Duration.ZERO;
        }
        try {
            Duration wait = limit.access();
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (RuntimeException e) {
            onError.accept(e);
            return Duration.ofSeconds(1);
        }
    }
}
