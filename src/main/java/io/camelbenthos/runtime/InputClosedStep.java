package io.camelbenthos.runtime;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reports a finite input as closed to the {@link InputLifecycle} once it has seen {@code expected} completed
 * exchanges (acked or nacked): used in the {@code onCompletion} of a {@code generate} route with a {@code count}.
 */
public class InputClosedStep implements Processor {
    private String streamId = "";
    private long expected = 1;
    private final AtomicLong completed = new AtomicLong();

    public String getStreamId() {
        return streamId;
    }

    public void setStreamId(String streamId) {
        this.streamId = streamId;
    }

    public long getExpected() {
        return expected;
    }

    public void setExpected(long expected) {
        this.expected = expected;
    }

    @Override
    public void process(Exchange exchange) {
        if (completed.incrementAndGet() == expected) {
            InputLifecycle.of(exchange.getContext()).inputClosed(streamId);
        }
    }
}
