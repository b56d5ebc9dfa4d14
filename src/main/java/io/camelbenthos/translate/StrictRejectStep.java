package io.camelbenthos.translate;

import io.camelbenthos.camel.BenthosExchange;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Strict error handling ({@code error_handling.strict: true}): in front of an output, nacks a message flagged by a
 * failed processor with {@code rejected due to failed processing: <err>}.
 */
public class StrictRejectStep implements Processor {
    /**
     * Outputs Benthos builds without the strict check: three leaves, and the routing wrappers, whose leaf children
     * check instead (a flagged message rejected by a {@code fallback} tier moves on to the next tier).
     */
    static final Set<String> EXEMPT_OUTPUTS = Set.of("sync_response", "drop", "reject",
            "switch", "fallback", "retry", "reject_errored", "drop_on");

    @Override
    public void process(Exchange exchange) {
        Throwable error = BenthosExchange.firstError(exchange);
        if (error != null) {
            throw new io.camelbenthos.camel.NackException("rejected due to failed processing: " + error.getMessage());
        }
    }
}
