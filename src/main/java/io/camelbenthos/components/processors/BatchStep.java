package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The base of a batch-aware processor step (processors reference §1.2: {@code archive}, {@code split},
 * {@code group_by}, {@code bounds_check}, ...): the step sees the whole batch and returns the batches that replace it.
 *
 * <p>As Benthos's batch wrapper does: a step that throws flags <b>every</b> message of the batch with the error and
 * the batch goes on unchanged. Empty batches in the result are dropped; no batch left acks the transaction. One batch
 * replaces the exchange's batch. Several are left for the {@link MultiBatch} split the component appends after the
 * step (in {@link #BATCHES}), each to go on as a transaction of its own; the exchange's batch is then all their
 * messages, in order. Subclasses are JavaBeans holding only their settings, and never edit the messages they get
 * (copy them: {@link Message#copy()}).
 */
public abstract class BatchStep implements Processor {
    /** Exchange property: the batches a step returned, when there are several, for {@link MultiBatch}. */
    public static final String BATCHES = "CamelBenthosBatches";

    /**
     * Processes the batch (unmodifiable, never empty).
     *
     * @return the batches that replace it, in order (none: the batch is dropped and acked)
     * @throws Exception to flag every message with the exception's message as Benthos's error text
     */
    protected abstract List<List<Message>> process(List<Message> batch) throws Exception;

    @Override
    public final void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        exchange.removeProperty(BATCHES);
        if (batch.isEmpty()) {
            return;
        }
        List<List<Message>> result;
        try {
            result = process(batch.messages());
        } catch (Exception e) {
            BenthosExchange.flag(exchange, e);
            return;
        }
        List<MessageBatch> batches = new ArrayList<>(result.size());
        List<Message> all = new ArrayList<>();
        for (List<Message> b : result) {
            if (!b.isEmpty()) {
                batches.add(MessageBatch.of(b));
                all.addAll(b);
            }
        }
        if (batches.isEmpty()) {
            BenthosExchange.markDeleted(exchange);
            return;
        }
        BenthosExchange.setBatch(exchange, batches.size() == 1 ? batches.get(0) : MessageBatch.of(all));
        if (batches.size() > 1) {
            exchange.setProperty(BATCHES, batches);
        }
        processBatchResult(exchange);
    }

    /** Called on the thread of {@link #process(List)} once its result is on the exchange: add what goes with it. */
    protected void processBatchResult(Exchange exchange) {
    }
}
