package io.camelbenthos.components.inputs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.BatchWriter;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Input-side {@code batching} (a {@code broker} input's): what a {@link BatchPolicyStep} completed, several
 * transactions held as they arrived, goes on as <b>one</b> transaction whose batch is all their messages in order,
 * and each held transaction acks or nacks with it. The merged exchange is a copy of the first one, so its
 * properties (an http_server request's result store) are the first's, as Benthos's batch context is message 0's
 * (processors reference §1.4).
 *
 * <p>A JavaBean for export.
 */
public class MergingBatchWriter extends ServiceSupport implements BatchWriter, CamelContextAware {
    private String sendUri = "";
    private CamelContext camelContext;
    private volatile AsyncProducer producer;

    /** The endpoint of the route the merged transaction goes on to. */
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

    @Override
    public void write(List<Exchange> batch, Runnable written) {
        AsyncProducer send = producer;
        if (send == null) {
            complete(batch, new IllegalStateException("input batching: stopped before the batch was sent"), written);
            return;
        }
        List<Message> messages = new ArrayList<>();
        for (Exchange e : batch) {
            messages.addAll(BenthosExchange.batch(e).messages());
        }
        Exchange merged = batch.get(0).copy();
        BenthosExchange.setBatch(merged, MessageBatch.of(messages));
        send.process(merged, doneSync -> complete(batch, merged.getException(), written));
    }

    private static void complete(List<Exchange> batch, Exception failure, Runnable written) {
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
