package io.camelbenthos.buffer;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of a {@code memory} buffer: holds the batch's bytes in the {@link BufferSpace} (waiting while the
 * buffer is full: the input is back-pressured) before the route hands the batch to the buffer's queue, after which the
 * input's exchange completes: the input is acked without waiting for the pipeline or the output (early ack). A batch
 * larger than the whole buffer is dropped with Benthos's error, as Benthos loses it after having acked it.
 *
 * <p>A JavaBean for export: {@code state} is the registry id of the buffer's {@link BufferSpace}.
 */
public class BufferWriteStep extends BufferStep<BufferSpace> implements Processor {
    /** Exchange property: the bytes a buffered transaction holds in its {@link BufferSpace}. */
    static final String BYTES = "CamelBenthosBufferBytes";
    private static final Logger LOG = LoggerFactory.getLogger(BufferWriteStep.class);

    private String path = "";

    public BufferWriteStep() {
        super(BufferSpace.class);
    }

    public String getPath() {
        return path;
    }

    /** The Benthos config path, for log lines. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    protected void doStart() {
        super.doStart();
        state().open();
    }

    @Override
    protected void doStop() {
        if (state() != null) {
            state().close();
        }
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        MessageBatch batch = BenthosExchange.batch(exchange);
        long bytes = batch.byteSize();
        BufferSpace s = state();
        if (bytes > s.getLimit()) {
            // Benthos has acked the input already when it finds this out: the batch is lost.
            LOG.error("{}: failed to write to buffer: message body larger than buffer space", path);
            exchange.setRouteStop(true);
            return;
        }
        if (!s.reserve(bytes)) {
            exchange.setException(new IllegalStateException("buffer closed"));
            return;
        }
        exchange.setProperty(BYTES, bytes);
    }

}
