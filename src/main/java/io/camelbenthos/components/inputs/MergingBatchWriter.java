package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.components.outputs.BatchPolicyStep;
import io.camelbenthos.components.outputs.RouteBatchWriter;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;

/**
 * Input-side {@code batching} (a {@code broker} input's): what a {@link BatchPolicyStep} completed, several
 * transactions held as they arrived, goes on as <b>one</b> transaction whose batch is all their messages in order,
 * and each held transaction acks or nacks with it. The merged exchange is a copy of the first one, so its
 * properties (an http_server request's result store) are the first's, as Benthos's batch context is message 0's
 * (processors reference §1.4).
 *
 * <p>A JavaBean for export.
 */
public class MergingBatchWriter extends RouteBatchWriter {
    @Override
    public void write(List<Exchange> batch, Runnable written) {
        AsyncProducer send = producer();
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
}
