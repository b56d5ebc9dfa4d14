package io.camelbenthos.camel.endpoints;

import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.http.ResultStore;
import io.camelbenthos.http.SyncResponseRenderer;
import io.camelbenthos.http.SyncResponses;
import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Ends a {@code camel} input's transaction (the enrich around its processors and the pipeline): an acked transaction
 * of a request/reply consumer is answered with what {@code sync_response} stored, rendered exactly as http_server
 * renders it ({@link SyncResponseRenderer}: status and headers interpolated against the first message,
 * {@code metadata_headers}, several messages as one multipart body, an empty reply when nothing was stored). The
 * status goes into {@code CamelHttpResponseCode}, which HTTP consumers answer with and the others drop. A nack never
 * reaches here: the enrich hands the failure to the consumer (its rollback, redelivery or error reply).
 * A JavaBean holding the input's {@code sync_response} settings.
 */
public class CamelReplyStrategy implements AggregationStrategy {
    private String status = "200";
    private Map<String, String> headers = new LinkedHashMap<>(SyncResponseRenderer.DEFAULT_HEADERS);
    private List<String> metadataPrefixes = List.of();
    private List<String> metadataPatterns = List.of();
    private volatile SyncResponseRenderer renderer;

    @Override
    public Exchange aggregate(Exchange original, Exchange transaction) {
        ResultStore store = SyncResponses.storeOf(original);
        if (store == null || !original.getPattern().isOutCapable()) {
            return original;
        }
        org.apache.camel.Message reply = original.getMessage();
        reply.getHeaders().clear();
        renderer().render(store.snapshot(), new SyncResponseRenderer.ReplyTarget() {
            @Override
            public void setHeader(String name, String value) {
                reply.setHeader(name, value);
            }

            @Override
            public boolean hasHeader(String name) {
                return reply.getHeaders().containsKey(name);
            }

            @Override
            public void end(int code, Buffer body) {
                reply.setHeader(Exchange.HTTP_RESPONSE_CODE, code);
                reply.setBody(body == null ? new byte[0] : body.getBytes());
            }
        });
        return original;
    }

    private SyncResponseRenderer renderer() {
        SyncResponseRenderer r = renderer;
        if (r == null) {
            r = new SyncResponseRenderer(status, headers, new MetadataFilter(metadataPrefixes, metadataPatterns));
            renderer = r;
        }
        return r;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, String> headers) {
        this.headers = new LinkedHashMap<>(headers);
    }

    public List<String> getMetadataPrefixes() {
        return metadataPrefixes;
    }

    public void setMetadataPrefixes(List<String> metadataPrefixes) {
        this.metadataPrefixes = List.copyOf(metadataPrefixes);
    }

    public List<String> getMetadataPatterns() {
        return metadataPatterns;
    }

    public void setMetadataPatterns(List<String> metadataPatterns) {
        this.metadataPatterns = List.copyOf(metadataPatterns);
    }

    @Override
    public String toString() {
        return "CamelReplyStrategy";
    }
}
