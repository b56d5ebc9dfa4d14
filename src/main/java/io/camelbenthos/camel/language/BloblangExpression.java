package io.camelbenthos.camel.language;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.ExpressionEvaluationException;
import org.apache.camel.Predicate;

/**
 * A parsed Bloblang mapping run against a Camel exchange, with the {@code mapping} processor's semantics: the body is
 * the content, the headers are the metadata ({@code @name} reads header {@code name}).
 *
 * <p>As an expression it returns the new content as {@code byte[]} (Camel converts it to whatever type is asked for),
 * or null when the mapping deleted the message, and writes the resulting metadata back to the headers so that
 * {@code meta foo = ...} is visible downstream. As a predicate it has no side effects and requires a boolean result,
 * as Benthos's {@code check} fields do.
 */
public final class BloblangExpression implements Expression, Predicate {
    private final String text;
    private final Mapping mapping;

    BloblangExpression(String text, Mapping mapping) {
        this.text = text;
        this.mapping = mapping;
    }

    @Override
    public <T> T evaluate(Exchange exchange, Class<T> type) {
        Optional<Message> result = run(exchange);
        if (result.isEmpty()) {
            return null;
        }
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        headers.clear();
        headers.putAll(result.get().metadata());
        return exchange.getContext().getTypeConverter().convertTo(type, exchange, result.get().content());
    }

    @Override
    public boolean matches(Exchange exchange) {
        Optional<Message> result = run(exchange);
        if (result.isEmpty()) {
            return false;
        }
        Message message = result.get();
        if (message.hasStructuredCache() && message.structuredCache() instanceof Boolean b) {
            return b;
        }
        // A boolean root serialises as the bare words true/false.
        String content = message.contentAsString();
        if (content.equals("true") || content.equals("false")) {
            return Boolean.parseBoolean(content);
        }
        throw new ExpressionEvaluationException(this, "expected bool value, got: " + content, exchange, null);
    }

    private Optional<Message> run(Exchange exchange) {
        try {
            return mapping.apply(BenthosExchange.view(exchange));
        } catch (BloblangException e) {
            throw new ExpressionEvaluationException(this, e.getMessage(), exchange, e);
        }
    }

    @Override
    public void init(CamelContext context) {
        // Parsed eagerly by the language; nothing to prepare per route.
    }

    @Override
    public String toString() {
        return "bloblang{" + text + "}";
    }
}
