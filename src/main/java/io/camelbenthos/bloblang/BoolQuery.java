package io.camelbenthos.bloblang;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.message.Message;
import java.util.Optional;

/** Benthos's {@code QueryPart}: a mapping run as a check on a message must give a boolean. */
public final class BoolQuery {
    private BoolQuery() {
    }

    /**
     * The check's answer for {@code message}.
     *
     * @throws BloblangException when the mapping fails, deletes the message or gives something else than a boolean
     */
    public static boolean test(Mapping check, Message message) {
        Optional<Message> result = check.apply(message);
        if (result.isEmpty()) {
            throw new BloblangException("query mapping resulted in deleted message, expected a boolean value");
        }
        Message out = result.get();
        Object value = out.hasStructuredCache() ? out.structuredCache() : GoJsonDecoder.decodeFirst(out.content());
        if (value instanceof Boolean b) {
            return b;
        }
        throw Errors.typeErrorFrom("mapping", value, ValueType.BOOL);
    }
}
