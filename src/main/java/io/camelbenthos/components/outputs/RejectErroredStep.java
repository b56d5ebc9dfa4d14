package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** {@code reject_errored}'s rejection: nacks a message flagged by a failed processor, with its error. */
public class RejectErroredStep implements Processor {
    @Override
    public void process(Exchange exchange) {
        Throwable error = BenthosExchange.firstError(exchange);
        throw new NackException("rejecting due to failed processing: "
                + (error == null ? "" : NackException.textOf(error)));
    }
}
