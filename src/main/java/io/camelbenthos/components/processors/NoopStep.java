package io.camelbenthos.components.processors;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The {@code noop} processor's step: does nothing. */
public class NoopStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        // the message passes on unchanged
    }
}
