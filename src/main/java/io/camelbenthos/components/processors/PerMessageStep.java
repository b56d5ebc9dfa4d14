package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The base of a per-message processor step (processors reference §1.2: {@code jq}, {@code grok}, {@code compress},
 * {@code cache}, ...): the step sees one {@link Message} and returns what replaces it. This class is the only place
 * that knows how a message sits in an exchange, so a step written on it keeps working when the runtime carries
 * batches: the adapter then calls it once per message of the batch.
 *
 * <p>As Benthos's wrapper does: a step that throws flags the message with the error, keeping the message as it is at
 * that moment (a step may have changed it before failing), and it flows on; returning null drops it (acked).
 * Subclasses are JavaBeans holding only their settings, so routes stay exportable.
 */
public abstract class PerMessageStep implements Processor {

    /**
     * Processes one message. It may be edited in place and returned.
     *
     * @return the message that replaces it, or null to drop it
     * @throws Exception to flag the message with the exception's message as Benthos's error text
     */
    protected abstract Message process(Message message) throws Exception;

    @Override
    public final void process(Exchange exchange) {
        Message message = BenthosExchange.toMessage(exchange);
        Message result;
        try {
            result = process(message);
        } catch (Exception e) {
            BenthosExchange.fromMessage(message, exchange);
            BenthosExchange.flag(exchange, e);
            return;
        }
        if (result == null) {
            BenthosExchange.markDeleted(exchange);
            return;
        }
        BenthosExchange.fromMessage(result, exchange);
    }
}
