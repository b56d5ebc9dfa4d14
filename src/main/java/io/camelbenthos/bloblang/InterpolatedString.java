package io.camelbenthos.bloblang;

import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A config string with {@code ${! query }} interpolations (and the {@code ${{! ... }}} escape), compiled once and
 * thread-safe. Rendering follows Benthos: strings raw, numbers plain, null as {@code null}, objects and arrays as JSON,
 * timestamps in RFC 3339 with nanoseconds.
 */
public interface InterpolatedString {
    /**
     * Compiles the template in the standard environment.
     *
     * @throws BloblangException {@code char N: <message>} when a query does not parse
     */
    static InterpolatedString parse(String template) {
        return Environment.standard().parseInterpolation(template);
    }

    /**
     * Renders against one message (message 0 of a batch of one).
     *
     * @throws BloblangException when a query fails
     */
    String render(Message message);

    /** Renders against message {@code index} of a batch. */
    String render(List<Message> batch, int index);

    /**
     * Renders message {@code index} of a batch to bytes, as Go's {@code field.Expression.Bytes}: a query yielding
     * bytes ({@code content()}) passes them through unchanged instead of being read as UTF-8 text.
     *
     * @throws BloblangException when a query fails
     */
    default byte[] renderBytes(List<Message> batch, int index) {
        return render(batch, index).getBytes(StandardCharsets.UTF_8);
    }

    /** True when the template has no interpolations, so {@link #render} always returns the same text. */
    boolean isStatic();
}
