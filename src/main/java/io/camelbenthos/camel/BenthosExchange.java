package io.camelbenthos.camel;

import io.camelbenthos.message.Message;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * How a Benthos message lives in a Camel exchange: content is the body as {@code byte[]}, metadata are the headers,
 * the error flag is an exchange property. Every component reads and writes messages through these helpers.
 */
public final class BenthosExchange {
    /** Exchange property holding the {@link Throwable} a message is flagged with. */
    public static final String ERROR = "CamelBenthosError";

    /**
     * Exchange property set to {@code true} when a processor deleted the message ({@code root = deleted()}): the
     * exchange stops routing there and completes normally, which is Benthos's ack of an emptied batch. An input
     * replying to a client (http_server) sees this property and answers as for an empty batch.
     */
    public static final String DELETED = "CamelBenthosDeleted";

    /**
     * Exchange property set to {@code true} by an input whose messages arrive on many threads of its own
     * (http_server: a Vert.x worker per request): the pipeline may then run on that thread, within
     * {@code pipeline.threads}, instead of being handed to a pipeline thread.
     */
    public static final String CONCURRENT_INPUT = "CamelBenthosConcurrentInput";

    private BenthosExchange() {
    }

    /** A Benthos view of the exchange's current message (content bytes, headers as metadata, error flag). */
    public static Message toMessage(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        byte[] body = in.getBody(byte[].class);
        Message.Builder b = Message.builder().content(body == null ? new byte[0] : body);
        b.metadata(in.getHeaders());
        b.error(exchange.getProperty(ERROR, Throwable.class));
        return b.build();
    }

    /** Marks the message as deleted: it is dropped here and the transaction is acked (see {@link #DELETED}). */
    public static void markDeleted(Exchange exchange) {
        exchange.setProperty(DELETED, Boolean.TRUE);
        exchange.getMessage().setBody(new byte[0]);
        exchange.setRouteStop(true);
    }

    /** Flags the message with a processing error; it flows on unchanged (Benthos semantics §7). */
    public static void flag(Exchange exchange, Throwable error) {
        exchange.setProperty(ERROR, error);
    }

    /** The error the message is flagged with, or null. */
    public static Throwable error(Exchange exchange) {
        return exchange.getProperty(ERROR, Throwable.class);
    }

    /** Writes a Benthos message back into the exchange: body, headers (replaced) and error flag. */
    public static void fromMessage(Message message, Exchange exchange) {
        org.apache.camel.Message out = exchange.getMessage();
        out.setBody(message.content());
        Map<String, Object> headers = out.getHeaders();
        headers.clear();
        headers.putAll(message.metadata());
        if (message.error() != null) {
            exchange.setProperty(ERROR, message.error());
        } else {
            exchange.removeProperty(ERROR);
        }
    }
}
