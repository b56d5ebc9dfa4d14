package io.camelbenthos.http.client;

import org.apache.camel.model.FilterDefinition;
import org.apache.camel.model.LoopDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.language.ExchangePropertyExpression;
import org.apache.camel.model.language.SimpleExpression;

/**
 * The route shape of one http_client send, all in the route model (named beans plus a {@code vertx-http} endpoint,
 * so it exports as Camel YAML):
 * <pre>
 * loop while exchangeProperty CamelBenthosHttpRetry != false
 *   delay exchangeProperty CamelBenthosHttpDelay (async, 0 on the first attempt)
 *   process  #preparer     request body and headers (signed), content and metadata set aside
 *   filter   exchangeProperty CamelBenthosHttpSkip != true     (the request could not be built)
 *     process #gate        (when configured) wait for the rate limit, set the oauth2 token
 *   filter   exchangeProperty CamelBenthosHttpSkip != true     (... or a failed token fetch was already judged)
 *     enrich vertx-http:... with #classifier (also on exception)   classify, retry decision, propagate
 * process #outcome          nack with Benthos's text, or store the propagated response
 * </pre>
 */
public final class HttpClientSteps {
    private HttpClientSteps() {
    }

    /** The steps of {@link HttpClientConfig#translate}, then {@code outcomeRef}. */
    public static ProcessorDefinition<?> append(ProcessorDefinition<?> tail, HttpClientConfig.Steps steps,
                                                String outcomeRef) {
        return append(tail, steps.endpointUri(), steps.preparerRef(), steps.gateRef(), steps.classifierRef(),
                outcomeRef);
    }

    /** A step that runs only while the attempt has not already failed before sending. */
    private static FilterDefinition unlessSkipped() {
        return new FilterDefinition(new SimpleExpression("${exchangeProperty." + HttpCallState.SKIP + "} != true"));
    }

    /** @param gateRef the {@link HttpRequestGate} bean, or null when neither rate_limit nor oauth2 is configured */
    public static ProcessorDefinition<?> append(ProcessorDefinition<?> tail, String endpointUri, String preparerRef,
                                                String gateRef, String classifierRef, String outcomeRef) {
        // Each step is added on the loop itself: the fluent end() of a delay (an expression node that can hold
        // outputs) is ambiguous and would pull the following steps into the wrong block.
        // Language expressions (simple, exchangeProperty), not Java lambdas: the route model must dump to YAML DSL.
        LoopDefinition loop = tail.loopDoWhile(
                new SimpleExpression("${exchangeProperty." + HttpCallState.RETRY + "} != false"));
        loop.delay(new ExchangePropertyExpression(HttpCallState.DELAY)).asyncDelayed();
        loop.process(preparerRef);
        if (gateRef != null) {
            loop.addOutput(unlessSkipped().process(gateRef));
        }
        FilterDefinition send = unlessSkipped();
        send.enrich().constant(endpointUri).aggregationStrategy(classifierRef).aggregateOnException(true);
        loop.addOutput(send);
        return tail.process(outcomeRef);
    }
}
