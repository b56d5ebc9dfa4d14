package io.camelbenthos.configtest;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.message.Message;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code bloblang}: a query run on the message (as a batch of one) that must give exactly {@code true}; a bare
 * expression reads as {@code root = <expr>}. The message is not changed.
 */
final class BloblangCondition implements OutputCondition {
    private final Mapping mapping;

    BloblangCondition(Mapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String check(Path dir, Message message) {
        try {
            Optional<Message> result = mapping.apply(message.copy());
            if (result.isEmpty()) {
                return "query mapping resulted in deleted message, expected a boolean value";
            }
            Message out = result.get();
            Object value = out.hasStructuredCache() ? out.structuredCache() : GoJsonDecoder.decodeFirst(out.content());
            if (value instanceof Boolean b) {
                return b ? null : "bloblang expression was false";
            }
            throw Errors.typeErrorFrom("mapping", value, ValueType.BOOL);
        } catch (BloblangException e) {
            return e.getMessage();
        }
    }
}
