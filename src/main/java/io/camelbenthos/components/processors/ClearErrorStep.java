package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Clears the error flag: the end of a {@code catch} block. */
public class ClearErrorStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        exchange.removeProperty(BenthosExchange.ERROR);
    }
}
