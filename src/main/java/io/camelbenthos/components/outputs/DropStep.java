package io.camelbenthos.components.outputs;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The {@code drop} output's step: accepts and discards the message (it still gets an id and metrics). */
public class DropStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        // Nothing to write: returning normally is the ack.
    }
}
