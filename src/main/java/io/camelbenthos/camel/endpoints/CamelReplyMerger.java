package io.camelbenthos.camel.endpoints;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * The {@code camel} processor's enrich strategy: the endpoint's reply replaces the message (its body, its headers
 * merged into the metadata), as the {@code http} processor's response does; a failure flags the unchanged message,
 * which flows on.
 */
public class CamelReplyMerger implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange original, Exchange reply) {
        MessageBatch saved = original.getProperty(CamelSendStep.SAVED_BATCH, MessageBatch.class);
        original.removeProperty(CamelSendStep.SAVED_BATCH);
        original.removeProperty(CamelSendStep.URI);
        original.getMessage().getHeaders().clear();
        Message request = saved == null || saved.isEmpty() ? Message.of(new byte[0]) : saved.get(0);
        Throwable failure = reply == null ? null : reply.getException();
        if (reply == null || failure != null) {
            BenthosExchange.setBatch(original, saved == null ? MessageBatch.of(request) : saved);
            BenthosExchange.flag(original, failure != null ? failure
                    : new IllegalStateException("no reply from the endpoint"));
            return original;
        }
        BenthosExchange.setBatch(original, MessageBatch.of(CamelSentStep.replyOf(request, reply.getMessage())));
        return original;
    }

    @Override
    public String toString() {
        return "CamelReplyMerger";
    }
}
