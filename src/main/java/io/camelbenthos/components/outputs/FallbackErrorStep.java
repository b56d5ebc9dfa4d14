package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Runs when a {@code fallback} tier failed, before the next tier: sets the {@code fallback_error} metadata to the
 * failed tier's error text.
 */
public class FallbackErrorStep implements Processor {
    static final String METADATA = "fallback_error";

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure != null) {
            String text = NackException.textOf(failure);
            List<Message> out = new ArrayList<>();
            for (Message m : BenthosExchange.batch(exchange)) {
                Message copy = m.copy();
                copy.metadata().put(METADATA, text);
                out.add(copy);
            }
            BenthosExchange.setBatch(exchange, MessageBatch.of(out));
        }
    }
}
