package io.camelbenthos.buffer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The read side of a {@code system_window} buffer, first step of a {@code timer:} route: on each tick, the earliest
 * window the system clock has passed (end plus {@code allowed_lateness}) becomes the exchange's batch, one transaction
 * going on to the pipeline; its outcome acks or nacks the messages' input transactions. The exchange takes the
 * properties of the window's first message's transaction, so a {@code sync_response} writes the whole window into
 * that request's response, as in Benthos. No window due: the tick stops here. When the route stops, messages still
 * waiting are nacked, as Benthos rejects them at shutdown.
 *
 * <p>A JavaBean for export: {@code window} is the registry id of the buffer's {@link SystemWindow}.
 */
public class WindowFlushStep extends ServiceSupport implements Processor, CamelContextAware {
    private String window = "";
    private CamelContext camelContext;
    private volatile SystemWindow resolved;

    public String getWindow() {
        return window;
    }

    /** The registry id of the buffer's {@link SystemWindow}. */
    public void setWindow(String window) {
        this.window = window;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected void doStart() {
        resolved = WindowWriteStep.lookup(camelContext, window);
    }

    @Override
    protected void doStop() {
        if (resolved != null) {
            resolved.rejectPending();
        }
    }

    @Override
    public void process(Exchange exchange) {
        Instant now = Instant.now();
        Optional<SystemWindow.FlushedWindow> flushed =
                resolved.flush(now.getEpochSecond() * 1_000_000_000L + now.getNano());
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

    @Override
    public String toString() {
        return "WindowFlush[" + window + "]";
    }
}
