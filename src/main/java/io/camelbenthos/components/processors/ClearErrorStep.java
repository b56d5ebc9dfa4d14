package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Clears the error flags of the batch: the end of a {@code catch} block. */
public class ClearErrorStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        List<Message> cleared = new ArrayList<>(batch.size());
        for (Message m : batch) {
            cleared.add(m.errored() ? m.copy().setError(null) : m);
        }
        BenthosExchange.setBatch(exchange, MessageBatch.of(cleared));
    }
}
