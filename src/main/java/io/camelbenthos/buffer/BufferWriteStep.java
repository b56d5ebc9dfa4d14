package io.camelbenthos.buffer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of a {@code memory} buffer: holds the batch's bytes in the {@link BufferSpace} (waiting while the
 * buffer is full: the input is back-pressured) before the route hands the batch to the buffer's queue, after which the
 * input's exchange completes: the input is acked without waiting for the pipeline or the output (early ack). A batch
 * larger than the whole buffer is dropped with Benthos's error, as Benthos loses it after having acked it.
 *
 * <p>A JavaBean for export: {@code space} is the registry id of the buffer's {@link BufferSpace}.
 */
public class BufferWriteStep extends ServiceSupport implements Processor, CamelContextAware {
    /** Exchange property: the bytes a buffered transaction holds in its {@link BufferSpace}. */
    static final String BYTES = "CamelBenthosBufferBytes";
    private static final Logger LOG = LoggerFactory.getLogger(BufferWriteStep.class);

    private String space = "";
    private String path = "";
    private CamelContext camelContext;
    private volatile BufferSpace resolved;

    public String getSpace() {
        return space;
    }

    /** The registry id of the buffer's {@link BufferSpace}. */
    public void setSpace(String space) {
        this.space = space;
    }

    public String getPath() {
        return path;
    }

    /** The Benthos config path, for log lines. */
    public void setPath(String path) {
        this.path = path;
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
        resolved.open();
    }

    @Override
    protected void doStop() {
        if (resolved != null) {
            resolved.close();
        }
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        MessageBatch batch = BenthosExchange.batch(exchange);
        long bytes = batch.byteSize();
        BufferSpace s = resolved;
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

    @Override
    public String toString() {
        return "BufferWrite[" + space + "]";
    }
}
