package io.camelbenthos.http;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sync_response} processor and output step: stores a deep copy of the message as the request's response
 * (semantics §2.2, §2.3). A JavaBean so translated routes reference it by name.
 *
 * <p>Without a store (the message did not come from http_server) it never fails. For the output, Benthos's code nacks
 * with ErrNoStore while its docs say the response "is dropped without penalty"; semantics §2.2: we follow the
 * documented behaviour (the lead's choice) and log, at WARN once then at DEBUG, so a misrouted config is visible
 * without flooding the log.
 */
public class SyncResponseStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(SyncResponseStep.class);
    private boolean output;
    private volatile boolean warned;

    /** True for the output (logs a missing store at WARN once), false for the processor (DEBUG only, as Benthos). */
    public void setOutput(boolean output) {
        this.output = output;
    }

    public boolean isOutput() {
        return output;
    }

    @Override
    public void process(Exchange exchange) {
        if (SyncResponses.store(exchange)) {
            return;
        }
        if (output && !warned) {
            warned = true;
            LOG.warn("sync_response output: message has no result store (it did not come from http_server); dropped");
        } else {
            LOG.debug("sync_response: message has no result store; nothing stored");
        }
    }
}
