package io.camelbenthos.camel;

import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * How a Benthos transaction lives in a Camel exchange: the body is a {@link MessageBatch} (each message with its own
 * content, metadata and error flag), written once by the input and replaced by every step that changes it. Headers
 * and the {@link #ERROR} property are only the edges: an exchange arriving from plain Camel (a {@code from} of a
 * Camel component, a test's producer template) is adopted on first use (body bytes, headers as metadata, the error
 * property as the flag), and a step handing a message to a Camel producer writes message 0 back with
 * {@link #toCamelMessage}. Every component reads and writes messages through these helpers.
 */
public final class BenthosExchange {
    /** Exchange property holding the {@link Throwable} a message is flagged with, at the Camel edges only. */
    public static final String ERROR = "CamelBenthosError";

    /**
     * Exchange property set to {@code true} when the transaction's batch became empty (every message deleted,
     * {@code root = deleted()}): the exchange stops routing there and completes normally, which is Benthos's ack of an
     * emptied batch. An input replying to a client (http_server) sees this property and answers as for an empty batch.
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

    /**
     * The exchange's batch. A body that is not one yet (the exchange came from plain Camel) is adopted: one message
     * of the body's bytes, the headers as metadata and the {@link #ERROR} property as its flag, which then become the
     * batch alone (headers cleared, property removed).
     */
    public static MessageBatch batch(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        if (in.getBody() instanceof MessageBatch b) {
            return b;
        }
        byte[] body = in.getBody(byte[].class);
        Message.Builder m = Message.builder().content(body == null ? new byte[0] : body);
        m.metadata(in.getHeaders());
        m.error(exchange.getProperty(ERROR, Throwable.class));
        MessageBatch adopted = MessageBatch.of(m.build());
        in.getHeaders().clear();
        exchange.removeProperty(ERROR);
        in.setBody(adopted);
        return adopted;
    }

    /** Replaces the exchange's batch (an empty batch: use {@link #markDeleted}, which also stops the route). */
    public static void setBatch(Exchange exchange, MessageBatch batch) {
        exchange.getMessage().setBody(batch);
    }

    /**
     * Sets the batch a step produced: the batch, or, when it is empty, the transaction is acked here
     * ({@link #markDeleted}).
     */
    public static void setResult(Exchange exchange, List<Message> messages) {
        if (messages.isEmpty()) {
            markDeleted(exchange);
        } else {
            setBatch(exchange, MessageBatch.of(messages));
        }
    }

    /** Message 0 of the batch, shared: read it, never edit it (an empty message for an empty batch). */
    public static Message first(Exchange exchange) {
        MessageBatch b = batch(exchange);
        return b.isEmpty() ? Message.of(new byte[0]) : b.get(0);
    }

    /** A copy of message 0 of the batch, free to edit (an empty message for an empty batch). */
    public static Message toMessage(Exchange exchange) {
        return first(exchange).copy();
    }

    /** Makes {@code message} the whole batch. */
    public static void fromMessage(Message message, Exchange exchange) {
        setBatch(exchange, MessageBatch.of(message));
    }

    /** Marks the transaction as emptied: it is dropped here and acked (see {@link #DELETED}). */
    public static void markDeleted(Exchange exchange) {
        exchange.setProperty(DELETED, Boolean.TRUE);
        exchange.getMessage().setBody(MessageBatch.empty());
        exchange.setRouteStop(true);
    }

    /**
     * Flags every message of the batch with a processing error; they flow on unchanged (Benthos semantics §7, and
     * processors reference §1.2: a batch processor's error flags the whole batch).
     */
    public static void flag(Exchange exchange, Throwable error) {
        MessageBatch b = batch(exchange);
        List<Message> flagged = new ArrayList<>(b.size());
        for (Message m : b) {
            flagged.add(m.copy().setError(error));
        }
        setBatch(exchange, MessageBatch.of(flagged));
    }

    /** The error message 0 is flagged with, or null. */
    public static Throwable error(Exchange exchange) {
        MessageBatch b = batch(exchange);
        return b.isEmpty() ? null : b.get(0).error();
    }

    /**
     * Message 0 as a Benthos message without adopting the exchange: of the batch when the body is one, else of the
     * plain Camel message (body bytes, headers, {@link #ERROR}). For code at the Camel edge that must leave a plain
     * exchange plain (the {@code bloblang} Camel language, metrics). Read it, never edit it.
     */
    public static Message view(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        if (in.getBody() instanceof MessageBatch b) {
            return b.isEmpty() ? Message.of(new byte[0]) : b.get(0);
        }
        byte[] body = in.getBody(byte[].class);
        return Message.builder().content(body == null ? new byte[0] : body).metadata(in.getHeaders())
                .error(exchange.getProperty(ERROR, Throwable.class)).build();
    }

    /** Whether any message is flagged, without adopting the exchange (see {@link #view}). */
    public static boolean anyFlagged(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof MessageBatch b) {
            for (Message m : b) {
                if (m.errored()) {
                    return true;
                }
            }
            return false;
        }
        return exchange.getProperty(ERROR) != null;
    }

    /** The error of the first flagged message of the batch, or null when none is flagged. */
    public static Throwable firstError(Exchange exchange) {
        for (Message m : batch(exchange)) {
            if (m.error() != null) {
                return m.error();
            }
        }
        return null;
    }

    /**
     * The Camel edge: writes message 0 of the batch as a plain Camel message (body bytes, headers = metadata, the
     * flag in {@link #ERROR}) for a Camel producer or plain Camel steps after a Benthos route. The batch is gone
     * afterwards; a later Benthos step adopts the Camel message again.
     */
    public static void toCamelMessage(Exchange exchange) {
        Message m = first(exchange);
        org.apache.camel.Message out = exchange.getMessage();
        out.setBody(m.content());
        Map<String, Object> headers = out.getHeaders();
        headers.clear();
        headers.putAll(m.metadata());
        if (m.error() != null) {
            exchange.setProperty(ERROR, m.error());
        } else {
            exchange.removeProperty(ERROR);
        }
    }
}
