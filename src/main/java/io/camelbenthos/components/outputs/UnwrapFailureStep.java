package io.camelbenthos.components.outputs;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * Rethrows the child failure a sequential fail-fast multicast wrapped in a {@link CamelExchangeException}, so the
 * nack text is the child's own error, as in Benthos.
 */
public class UnwrapFailureStep implements org.apache.camel.Processor {
    @Override
    public void process(Exchange exchange) throws Exception {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (caught instanceof CamelExchangeException && caught.getCause() instanceof Exception cause) {
            throw cause;
        }
        if (caught != null) {
            throw caught;
        }
    }
}
