package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Re-joins the parts of a split batch (what each part's processors left, in order) into one batch; the first failure
 * of a part becomes the whole batch's nack. A part its processors emptied (deleted, route stopped) adds nothing, and
 * its stop does not stop the batch.
 */
public class RejoinStrategy implements AggregationStrategy {
    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        if (newExchange == null) {
            return oldExchange;
        }
        boolean kept = newExchange.getException() == null
                && !Boolean.TRUE.equals(newExchange.getProperty(BenthosExchange.DELETED, Boolean.class));
        List<Message> joined = new ArrayList<>();
        if (oldExchange != null) {
            joined.addAll(BenthosExchange.batch(oldExchange).messages());
        }
        if (kept) {
            joined.addAll(BenthosExchange.batch(newExchange).messages());
        }
        Exchange result = oldExchange == null ? newExchange : oldExchange;
        if (newExchange.getException() != null && result.getException() == null) {
            result.setException(newExchange.getException());
        }
        result.removeProperty(BenthosExchange.DELETED);
        result.setRouteStop(false);
        BenthosExchange.setBatch(result, MessageBatch.of(joined));
        return result;
    }

    @Override
    public String toString() {
        return "Rejoin";
    }
}
