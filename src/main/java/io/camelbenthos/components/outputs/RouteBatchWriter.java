package io.camelbenthos.components.outputs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link BatchWriter} that hands batches on to a route of its own ({@link #getSendUri()}) through an asynchronous
 * producer it starts and stops with itself; subclasses decide what they send. A JavaBean for export.
 */
public abstract class RouteBatchWriter extends ServiceSupport implements BatchWriter, CamelContextAware {
    private String sendUri = "";
    private CamelContext camelContext;
    private volatile AsyncProducer producer;

    /** The endpoint of the route the batch goes on to. */
    public String getSendUri() {
        return sendUri;
    }

    public void setSendUri(String sendUri) {
        this.sendUri = sendUri;
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

    /** The producer to the send route, or null before the start and after the stop. */
    protected AsyncProducer producer() {
        return producer;
    }

    /** Every exchange of the batch takes {@code failure} (null: all ack), then {@code written} runs. */
    protected static void complete(List<Exchange> batch, Exception failure, Runnable written) {
        batch.forEach(e -> e.setException(failure));
        written.run();
    }

    @Override
    protected void doStart() throws Exception {
        AsyncProducer created = camelContext.getEndpoint(sendUri).createAsyncProducer();
        ServiceHelper.startService(created);
        producer = created;
    }

    @Override
    protected void doStop() throws Exception {
        AsyncProducer stopping = producer;
        producer = null;
        ServiceHelper.stopService(stopping);
    }
}
