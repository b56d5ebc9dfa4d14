package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourceBatch;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The {@code http_client} input's polling mode (connectors reference §7.4): each read is one request through the
 * client's route (the http processor's steps: retries, back-off, rate limit, auth), sent as soon as the previous one
 * was delivered; {@code url}, {@code headers} and {@code payload} are interpolated against the last successful
 * response. The response's parts are the batch, with {@code http_status_code} and the extracted headers; an empty
 * body is dropped with {@code drop_empty_bodies}.
 */
public final class HttpPollSource implements BatchSource {
    private final ProducerTemplate producer;
    private final String requestUri;
    private final InterpolatedString payload;
    private final boolean dropEmptyBodies;
    private List<Message> previous = List.of(Message.of(new byte[0]));

    /** @param payload the payload template, or null to send no body */
    public HttpPollSource(CamelContext camel, String requestUri, String payload, boolean dropEmptyBodies) {
        this.producer = camel.createProducerTemplate();
        this.requestUri = requestUri;
        this.payload = payload == null ? null : InterpolatedString.parse(payload);
        this.dropEmptyBodies = dropEmptyBodies;
    }

    @Override
    public SourceBatch read() throws HttpClientException {
        byte[] body;
        try {
            body = payload == null ? new byte[0] : payload.renderBytes(previous, 0);
        } catch (BloblangException e) {
            throw new HttpClientException("payload interpolation error: " + e.getMessage());
        }
        List<Message> context = List.of(previous.get(0));
        Exchange result = producer.send(requestUri, e -> {
            e.getMessage().setBody(MessageBatch.of(Message.of(body)));
            // url and headers are rendered against the last response, not against the request's body
            e.setProperty(HttpBatchSender.BATCH, context);
        });
        if (result.getException() != null) {
            throw new HttpClientException(result.getException().getMessage());
        }
        List<Message> response = BenthosExchange.batch(result).messages();
        if (!response.isEmpty() && response.get(0).errored()) {
            throw new HttpClientException(response.get(0).error().getMessage());
        }
        if (response.isEmpty()
                || dropEmptyBodies && response.size() == 1 && response.get(0).content().length == 0) {
            return SourceBatch.unacked(List.of());
        }
        previous = response.stream().map(Message::copy).toList();
        return SourceBatch.unacked(response);
    }

    @Override
    public void close() {
        producer.stop();
    }
}
