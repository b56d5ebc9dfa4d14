package io.camelbenthos.kafka;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.message.Message;

/**
 * An interpolated config string, or a plain literal when it holds no {@code ${!} expression: literals skip the
 * engine entirely, which keeps the common static topic free of per-message work.
 */
final class Template {
    private final String literal;
    private final InterpolatedString interpolated;

    private Template(String literal, InterpolatedString interpolated) {
        this.literal = literal;
        this.interpolated = interpolated;
    }

    static Template of(String text) {
        String t = text == null ? "" : text;
        if (!t.contains("${!") && !t.contains("${{!")) {
            return new Template(t, null);
        }
        InterpolatedString compiled = InterpolatedString.parse(t);
        return compiled.isStatic() ? new Template(compiled.render(Message.of(new byte[0])), null)
                : new Template(null, compiled);
    }

    boolean isStatic() {
        return interpolated == null;
    }

    /** The literal text; only meaningful when {@link #isStatic()}. */
    String literal() {
        return literal;
    }

    String render(Message message) {
        return interpolated == null ? literal : interpolated.render(message);
    }

    /** Renders against message {@code index} of a batch ({@code batch_index()}, {@code from()}). */
    String render(java.util.List<Message> batch, int index) {
        return interpolated == null ? literal : interpolated.render(batch, index);
    }
}
