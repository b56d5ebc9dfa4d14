package io.camelbenthos.http;

import io.camelbenthos.ratelimit.RateLimit;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;

/** Step 3 of http_server's request handling (semantics §1.3): one access per request, before the body is read. */
final class RateLimitGate {
    private RateLimitGate() {
    }

    /**
     * @return true when the request may proceed; otherwise the response was written: 502 "Server error" when the
     *     limiter failed, 429 "Too Many Requests" with {@code Retry-After} (whole seconds, truncated) when refused
     */
    static boolean admit(RateLimit limit, HttpServerResponse response) {
        Duration wait;
        try {
            wait = limit.access();
        } catch (RuntimeException e) {
            GoHttp.error(response, 502, "Server error");
            return false;
        }
        if (wait.isZero() || wait.isNegative()) {
            return true;
        }
        // Go: strconv.Itoa(int(tout.Seconds())), a conversion that truncates, so a wait under 1s gives 0.
        response.putHeader("Retry-After", Long.toString(wait.toSeconds()));
        GoHttp.error(response, 429, "Too Many Requests");
        return false;
    }
}
