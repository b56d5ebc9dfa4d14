package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.NackException;
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
            exchange.getMessage().setHeader(METADATA, NackException.textOf(failure));
        }
    }
}
