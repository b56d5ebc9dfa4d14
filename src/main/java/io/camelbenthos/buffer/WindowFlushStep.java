package io.camelbenthos.buffer;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The read side of a {@code system_window} buffer, first step of a {@code timer:} route: on each tick, the earliest
 * window the system clock has passed (end plus {@code allowed_lateness}) becomes the exchange's batch, one transaction
 * going on to the pipeline; its outcome acks or nacks the messages' input transactions. The exchange takes the
 * properties of the window's first message's transaction, so a {@code sync_response} writes the whole window into
 * that request's response, as in Benthos. No window due: the tick stops here. When the route stops, messages still
 * waiting are nacked, as Benthos rejects them at shutdown.
 *
 * <p>A JavaBean for export: {@code state} is the registry id of the buffer's {@link SystemWindow}.
 */
public class WindowFlushStep extends BufferStep<SystemWindow> implements Processor {
    public WindowFlushStep() {
        super(SystemWindow.class);
    }

    @Override
    protected void doStop() {
        if (state() != null) {
            state().rejectPending();
        }
    }

    @Override
    public void process(Exchange exchange) {
        Instant now = Instant.now();
        Optional<SystemWindow.FlushedWindow> flushed =
                state().flush(now.getEpochSecond() * 1_000_000_000L + now.getNano());
        if (flushed.isEmpty()) {
            exchange.setRouteStop(true);
            return;
        }
        SystemWindow.FlushedWindow w = flushed.get();
        w.properties().forEach(exchange::setProperty);
        BenthosExchange.setBatch(exchange, MessageBatch.of(w.messages()));
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                Throwable failure = done.getException();
                w.settle().accept(failure);
                // The nack went to the buffer, which passed it on to the inputs: the timer has nothing to log.
                done.setException(null);
            }
        });
    }

}
