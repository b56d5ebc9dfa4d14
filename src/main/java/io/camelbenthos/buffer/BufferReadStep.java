package io.camelbenthos.buffer;

import io.camelbenthos.camel.BenthosExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The read side of a {@code memory} buffer, first step of the route consuming the buffer's queue: the transaction
 * read from the buffer gives its bytes back to the {@link BufferSpace} once it completed downstream (retries included:
 * a nacked batch is sent again by the route and keeps its bytes meanwhile). It also drops the input's
 * "run on my thread" mark: the buffer's transactions go to pipeline threads, so the queue keeps being read.
 *
 * <p>A JavaBean for export: {@code state} is the registry id of the buffer's {@link BufferSpace}.
 */
public class BufferReadStep extends BufferStep<BufferSpace> implements Processor {
    public BufferReadStep() {
        super(BufferSpace.class);
    }

    @Override
    public void process(Exchange exchange) {
        exchange.removeProperty(BenthosExchange.CONCURRENT_INPUT);
        Long bytes = exchange.getProperty(BufferWriteStep.BYTES, Long.class);
        exchange.removeProperty(BufferWriteStep.BYTES);
        if (bytes == null || bytes == 0) {
            return;
        }
        BufferSpace s = state();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                s.release(bytes);
            }
        });
    }

}
