package io.camelbenthos.bloblang.plugin;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;

/**
 * What a function or method can see while a mapping runs (Go {@code query.FunctionContext}). Implementations are
 * cheap immutable views; {@link #withThis} makes a derived context.
 */
public interface CallContext {
    /**
     * The current context value ({@code this}): the input document at top level (parsed lazily), or the value bound by
     * {@code .(...)}, {@code map_each} and so on.
     *
     * @throws QueryException when the message content is not JSON, or there is no context
     */
    Object thisValue();

    /** A derived context with {@code this} bound to {@code value} (variables, message and root are shared). */
    CallContext withThis(Object value);

    /** The document being built ({@code root}); {@code Nothing.INSTANCE} before the first assignment. */
    Object root();

    /** The message being mapped, or null when there is none (e.g. a sandboxed {@code bloblang()} call). */
    Message message();

    /** The whole batch (a single-element list for single messages); empty when there is no message. */
    List<Message> batch();

    /** Index of {@link #message()} in {@link #batch()}. */
    int index();

    /** The metadata being built by this mapping ({@code @}), mutable by the engine only; null without a message. */
    Map<String, Object> metadata();

    /**
     * A context viewing message {@code index} of the batch (Go {@code from}): {@code this}, metadata and content
     * functions read that message.
     *
     * @throws QueryException when the index is out of range
     */
    CallContext forMessage(int index);

    /**
     * Applies the named {@code map} of this mapping to {@code value} (the {@code apply} method).
     *
     * @return the map's result, {@code Nothing.INSTANCE} when the map never assigns root
     * @throws QueryException when no such map exists or it fails
     */
    Object applyMap(String mapName, Object value);

    /** The environment the mapping was parsed in (environment variables, sandbox flags). */
    Environment environment();

    /**
     * The {@code let} variable {@code name} of the running mapping or map ({@code $name}, {@code var(name)}); may be
     * null (a Bloblang null). The default is for contexts that have no variables at all.
     *
     * @throws QueryException when the variable is not defined
     */
    default Object variable(String name) {
        throw new QueryException("variables were undefined");
    }
}
