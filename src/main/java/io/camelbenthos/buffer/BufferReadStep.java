package io.camelbenthos.buffer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The read side of a {@code memory} buffer, first step of the route consuming the buffer's queue: the transaction
 * read from the buffer gives its bytes back to the {@link BufferSpace} once it completed downstream (retries included:
 * a nacked batch is sent again by the route and keeps its bytes meanwhile). It also drops the input's
 * "run on my thread" mark: the buffer's transactions go to pipeline threads, so the queue keeps being read.
 *
 * <p>A JavaBean for export: {@code space} is the registry id of the buffer's {@link BufferSpace}.
 */
public class BufferReadStep extends ServiceSupport implements Processor, CamelContextAware {
    private String space = "";
    private CamelContext camelContext;
    private volatile BufferSpace resolved;

    public String getSpace() {
        return space;
    }

    /** The registry id of the buffer's {@link BufferSpace}. */
    public void setSpace(String space) {
        this.space = space;
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
        resolved = BufferSpace.lookup(camelContext, space);
    }

    @Override
    public void process(Exchange exchange) {
        exchange.removeProperty(BenthosExchange.CONCURRENT_INPUT);
        Long bytes = exchange.getProperty(BufferWriteStep.BYTES, Long.class);
        exchange.removeProperty(BufferWriteStep.BYTES);
        if (bytes == null || bytes == 0) {
            return;
        }
        BufferSpace s = resolved;
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                s.release(bytes);
            }
        });
    }

    @Override
    public String toString() {
        return "BufferRead[" + space + "]";
    }
}
