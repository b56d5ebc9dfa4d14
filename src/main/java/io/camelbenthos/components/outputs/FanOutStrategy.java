package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.BenthosExchange;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Combines the results of a fan-out broker's children into the upstream outcome: the upstream message stays the
 * one the broker received (children work on copies), and the first child failure becomes the nack. Exchange
 * properties shared by reference between the copies (such as the sync-response store) need no merging.
 */
public class FanOutStrategy implements AggregationStrategy {
    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        return aggregate(oldExchange, newExchange, null);
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        if (oldExchange == null) {
            Exception firstFailure = newExchange.getException();
            if (inputExchange != null) {
                restoreUpstreamMessage(newExchange, inputExchange);
            }
            newExchange.setException(firstFailure);
            // A child deleting its copy must not stop the upstream route.
            newExchange.setRouteStop(false);
            newExchange.removeProperty(BenthosExchange.DELETED);
            return newExchange;
        }
        if (oldExchange.getException() == null && newExchange.getException() != null) {
            oldExchange.setException(newExchange.getException());
        }
        return oldExchange;
    }

    private static void restoreUpstreamMessage(Exchange result, Exchange input) {
        // The batch is immutable and every child worked on copies of its messages: the input's batch is intact.
        BenthosExchange.setBatch(result, BenthosExchange.batch(input));
    }
}
