package io.camelbenthos.bloblang;

import io.camelbenthos.message.Message;

/**
 * A config string with {@code ${! query }} interpolations (and the {@code ${{! ... }}} escape), compiled once.
 * Implementation pending in the engine; this is the contract the runtime codes against.
 */
public interface InterpolatedString {
    /** Compiles the template; throws {@link BloblangException} with a positioned error when a query does not parse. */
    static InterpolatedString parse(String template) {
        throw new UnsupportedOperationException("Bloblang engine not yet implemented");
    }

    /** Renders against one message (message 0 of a batch of one). */
    String render(Message message);

    /** True when the template has no interpolations, so {@link #render} always returns the same text. */
    boolean isStatic();
}
