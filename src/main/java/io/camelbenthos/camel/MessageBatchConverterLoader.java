package io.camelbenthos.camel;

import io.camelbenthos.message.MessageBatch;
import java.nio.charset.StandardCharsets;
import org.apache.camel.TypeConverterLoaderException;
import org.apache.camel.spi.TypeConverterLoader;
import org.apache.camel.spi.TypeConverterRegistry;
import org.apache.camel.support.SimpleTypeConverter;

/**
 * Lets plain Camel read a batch body as bytes or text ({@code getBody(String.class)} in a Camel step after a Benthos
 * route, a Camel producer given the batch): a batch of one converts to its message's content, an empty batch to
 * nothing; a batch of several has no single content and does not convert (write it with
 * {@link BenthosExchange#toCamelMessage} or one exchange per message instead). Found by Camel through
 * {@code META-INF/services/org/apache/camel/TypeConverterLoader}.
 */
public final class MessageBatchConverterLoader implements TypeConverterLoader {

    @Override
    public void load(TypeConverterRegistry registry) throws TypeConverterLoaderException {
        registry.addTypeConverter(byte[].class, MessageBatch.class,
                new SimpleTypeConverter(true, (type, exchange, value) -> content((MessageBatch) value)));
        registry.addTypeConverter(String.class, MessageBatch.class, new SimpleTypeConverter(true, (type, exchange, value) -> {
            byte[] b = content((MessageBatch) value);
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }));
    }

    private static byte[] content(MessageBatch batch) {
        return switch (batch.size()) {
            case 0 -> new byte[0];
            case 1 -> batch.get(0).content();
            default -> null;
        };
    }
}
