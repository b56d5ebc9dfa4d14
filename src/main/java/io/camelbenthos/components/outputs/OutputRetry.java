package io.camelbenthos.components.outputs;

import io.camelbenthos.components.TranslationContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;

/**
 * Benthos's retry wrapper around an output, as Camel redelivery: a route of its own ({@code <child>.retry}) that
 * sends to the child's endpoint under a {@code defaultErrorHandler} whose redelivery policy is the back-off. Every
 * attempt starts from the message as it entered ({@link RetryStartStep}, {@link RetryAgainStep}); whether a failure
 * is retried is {@link RetryBudget}'s call. Used by the {@code retry} output, broker {@code fan_out} children and
 * {@code switch} cases with {@code retry_until_success}.
 */
public final class OutputRetry {
    private OutputRetry() {
    }

    /**
     * Adds the retry route in front of {@code endpoint} and returns the route's endpoint. When {@code backoff} is
     * {@linkplain RetryBackoff#limited() limited}, the route fails with the child's last error once it gives up.
     */
    public static String wrap(String endpoint, RetryBackoff backoff, TranslationContext context) {
        String id = context.uniqueId(endpoint.substring("direct:".length()) + ".retry");
        String uri = "direct:" + id;
        String stateProperty = "CamelBenthosRetry." + id;

        RetryStartStep start = new RetryStartStep();
        start.setStateProperty(stateProperty);
        RetryAgainStep again = new RetryAgainStep();
        again.setStateProperty(stateProperty);
        RetryBudget budget = new RetryBudget();
        budget.setStateProperty(stateProperty);
        budget.configure(backoff);

        DefaultErrorHandlerDefinition redelivery = new DefaultErrorHandlerDefinition();
        redelivery.maximumRedeliveries(backoff.maxRetries() > 0 ? (int) Math.min(backoff.maxRetries(), Integer.MAX_VALUE) : -1)
                .redeliveryDelay(backoff.initialMs())
                .useExponentialBackOff()
                .backOffMultiplier(RetryBackoff.MULTIPLIER)
                .maximumRedeliveryDelay(backoff.maxIntervalMs())
                .logRetryAttempted(false)
                .logExhausted(false)
                // a bean-language expression: the explicit method keeps the dots of the id out of its parsing
                .retryWhileRef(context.bind(id + ".budget", budget) + "?method=matches")
                .onRedeliveryRef(context.bind(id + ".again", again));

        RouteDefinition route = context.addRoute(uri, id);
        route.errorHandler(redelivery);
        String startId = context.bind(id + ".start", start);
        route.process(startId).id(startId);
        route.to(endpoint).id(id + ".send");
        return uri;
    }

    /** {@link #wrap} with the back-off Benthos uses for its indefinite retries. */
    public static String forever(String endpoint, TranslationContext context) {
        return wrap(endpoint, RetryBackoff.FOREVER, context);
    }
}
