package io.camelbenthos.camel.endpoints;

import io.camelbenthos.http.ResultStore;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a {@code camel} input: the consumer's message becomes a batch of one (body bytes, headers as
 * metadata without the transport's internals, {@link CamelHeaders}). On a request/reply consumer (an InOut exchange:
 * a JMS message with a {@code JMSReplyTo}, platform-http, …) the transaction gets a result store, so
 * {@code sync_response} and {@code propagate_response} build the reply as they do for http_server.
 */
public class CamelInputStep implements Processor {

    @Override
    public void process(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        byte[] body = in.getBody(byte[].class);
        Message message = Message.builder().content(body == null ? new byte[0] : body)
                .metadata(CamelHeaders.toMetadata(in.getHeaders())).build();
        in.getHeaders().clear(); // nothing of the request is echoed in a reply
        in.setBody(MessageBatch.of(message));
        if (exchange.getPattern().isOutCapable()) {
            exchange.setProperty(ResultStore.PROPERTY, new ResultStore());
        }
    }

    @Override
    public String toString() {
        return "CamelInputStep";
    }
}
