package io.camelbenthos.camel.endpoints;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.SyncResponses;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The step after a {@code camel} output's producer acked the message: with {@code propagate_response} the reply
 * (body, headers as metadata over the message's own) is stored as the synchronous response, as http_client does;
 * then the parked batch is put back, so nothing of the send outlives it.
 */
public class CamelSentStep implements Processor {
    private boolean propagateResponse;

    @Override
    public void process(Exchange exchange) {
        MessageBatch saved = exchange.getProperty(CamelSendStep.SAVED_BATCH, MessageBatch.class);
        exchange.removeProperty(CamelSendStep.SAVED_BATCH);
        exchange.removeProperty(CamelSendStep.URI);
        if (propagateResponse && saved != null && !saved.isEmpty()) {
            BenthosExchange.setBatch(exchange, MessageBatch.of(replyOf(saved.get(0), exchange.getMessage())));
            SyncResponses.store(exchange);
        }
        exchange.getMessage().getHeaders().clear();
        if (saved != null) {
            BenthosExchange.setBatch(exchange, saved);
        }
    }

    /** The message a reply makes: its body, the request's metadata with the reply's headers over it. */
    static Message replyOf(Message request, org.apache.camel.Message reply) {
        Map<String, Object> meta = new LinkedHashMap<>(request.metadata());
        meta.putAll(CamelHeaders.toMetadata(reply.getHeaders()));
        byte[] body = reply.getBody(byte[].class);
        return Message.builder().content(body == null ? new byte[0] : body).metadata(meta).build();
    }

    public boolean isPropagateResponse() {
        return propagateResponse;
    }

    public void setPropagateResponse(boolean propagateResponse) {
        this.propagateResponse = propagateResponse;
    }

    @Override
    public String toString() {
        return "CamelSentStep";
    }
}
