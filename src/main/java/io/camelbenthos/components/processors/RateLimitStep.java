package io.camelbenthos.components.processors;

import io.camelbenthos.ratelimit.RateLimit;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code rate_limit} processor's step: per message, asks the shared rate limit resource for access and, told to
 * wait, waits (holding no thread, see {@link WaitingStep}) and asks again. A failing limiter is logged and means
 * waiting 1 s; messages are never flagged, except one still waiting when the step stops ({@code type was closed}).
 */
public class RateLimitStep extends WaitingStep {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitStep.class);

    private String rateLimitRef = "";

    /** The registry id of the {@link RateLimit} resource. */
    public String getRateLimitRef() {
        return rateLimitRef;
    }

    public void setRateLimitRef(String rateLimitRef) {
        this.rateLimitRef = rateLimitRef;
    }

    @Override
    protected Duration nextWait(Exchange exchange, int index, int attempt) {
        RateLimit limit = exchange.getContext().getRegistry().lookupByNameAndType(rateLimitRef, RateLimit.class);
        return RateLimit.waitFor(limit, e -> LOG.error("Failed to access rate limit: {}", e.getMessage()));
    }

    @Override
    protected String stoppedText() {
        return "type was closed";
    }
}
