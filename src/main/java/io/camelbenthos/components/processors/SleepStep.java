package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.camel.BenthosExchange;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sleep} processor's step (processors reference §13.1): waits for the interpolated {@code duration}, once
 * per message, without holding a thread (see {@link WaitingStep}). A duration that cannot be interpolated or parsed
 * is logged and the message goes on at once, unflagged; a message still asleep when the step stops is flagged
 * {@code processor stopped}.
 */
public class SleepStep extends WaitingStep {
    private static final Logger LOG = LoggerFactory.getLogger(SleepStep.class);

    private String duration = "";
    private volatile InterpolatedString compiled;

    /** The interpolated Go duration ({@code 100ms}, {@code ${! meta("wait") }}). */
    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
        this.compiled = null;
    }

    @Override
    protected Duration nextWait(Exchange exchange, int index, int attempt) {
        if (attempt > 0) {
            return Duration.ZERO; // this message slept once
        }
        try {
            String text = compiled().render(BenthosExchange.batch(exchange).messages(), index);
            return Duration.ofNanos(GoDuration.parse(text));
        } catch (BloblangException | IllegalArgumentException e) {
            LOG.error("Failed to parse duration: {}", e.getMessage());
            return Duration.ZERO;
        }
    }

    @Override
    protected String stoppedText() {
        return "processor stopped";
    }

    private InterpolatedString compiled() {
        InterpolatedString c = compiled;
        if (c == null) {
            c = InterpolatedString.parse(duration);
            compiled = c;
        }
        return c;
    }
}
