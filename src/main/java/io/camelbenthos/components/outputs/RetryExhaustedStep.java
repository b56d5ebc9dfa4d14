package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.NackException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches the failure a {@code retry} output's retries ran out on: logs it at ERROR and nacks with Benthos's
 * {@code message failed to reach a target destination}.
 */
public class RetryExhaustedStep implements Processor {
    static final String NACK = "message failed to reach a target destination";

    private static final Logger LOG = LoggerFactory.getLogger(RetryExhaustedStep.class);

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        LOG.error("Failed to send message: {}", failure == null ? "" : NackException.textOf(failure));
        throw new NackException(NACK);
    }
}
