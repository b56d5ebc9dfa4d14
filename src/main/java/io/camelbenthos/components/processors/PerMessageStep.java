package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The base of a per-message processor step (processors reference §1.2: {@code jq}, {@code grok}, {@code compress},
 * {@code cache}, ...): the step sees one {@link Message} and returns what replaces it. This class is the only place
 * that knows how messages sit in an exchange: it calls the step once per message of the exchange's batch, in order,
 * and the results, in order, form the batch that goes on.
 *
 * <p>As Benthos's wrapper does: a step that throws flags the message with the error, keeping the message as it is at
 * that moment (a step may have changed it before failing), and it flows on; returning null drops it; a batch left
 * empty is acked. The step gets its own copy of each message, so editing it in place is safe. Subclasses are
 * JavaBeans holding only their settings, so routes stay exportable.
 */
public abstract class PerMessageStep implements Processor {

    /**
     * Processes one message. It may be edited in place and returned.
     *
     * @return the message that replaces it, or null to drop it
     * @throws Exception to flag the message with the exception's message as Benthos's error text
     */
    protected abstract Message process(Message message) throws Exception;

    /**
     * Processes message {@code index} of {@code batch} ({@code message} is a copy of it, free to edit): override to
     * see the batch, e.g. to render interpolations or mappings with {@code batch_index()}, {@code batch_size()} and
     * {@code from()}. By default {@link #process(Message)}.
     */
    protected Message process(Message message, List<Message> batch, int index) throws Exception {
        return process(message);
    }

    @Override
    public final void process(Exchange exchange) {
        MessageBatch batch = BenthosExchange.batch(exchange);
        List<Message> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i).copy();
            try {
                Message result = process(message, batch.messages(), i);
                if (result != null) {
                    out.add(result);
                }
            } catch (Exception e) {
                out.add(message.setError(e));
            }
        }
        BenthosExchange.setResult(exchange, out);
    }
}
