package io.camelbenthos.camel;

import org.apache.camel.Exchange;
import org.apache.camel.model.language.SimpleExpression;

/**
 * The error-flag tests of filters (strict mode, {@code try}, {@code catch}, {@code reject_errored}), as a named bean
 * whose methods a route's simple {@code ${bean:...}} expression calls, so the route exports as YAML. They look at message 0, as
 * Benthos's strict mode does; {@code try} and {@code catch} run them on batches of one.
 */
public class FlagCheck {

    /** True when message 0 is flagged. */
    public boolean flagged(Exchange exchange) {
        return BenthosExchange.error(exchange) != null;
    }

    /** True when message 0 is not flagged. */
    public boolean clean(Exchange exchange) {
        return BenthosExchange.error(exchange) == null;
    }

    /** True when any message of the batch is flagged (outputs that reject flagged messages). */
    public boolean anyFlagged(Exchange exchange) {
        return BenthosExchange.firstError(exchange) != null;
    }

    /** An expression calling {@code method} ("flagged", "clean" or "anyFlagged") of the bean bound as {@code ref}. */
    public static SimpleExpression expression(String ref, String method) {
        // simple's bean call rather than a method expression: Camel's YAML writer cannot dump the latter
        return new SimpleExpression("${bean:" + ref + "?method=" + method + "}");
    }

    @Override
    public String toString() {
        return "FlagCheck";
    }
}
