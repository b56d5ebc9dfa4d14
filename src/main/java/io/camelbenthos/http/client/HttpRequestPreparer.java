package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.message.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Before each http_client attempt: interpolates {@code url} and {@code headers} against the message, moves the
 * message's metadata aside and leaves exactly the request headers on the exchange, so nothing else (request headers
 * of an http_server input, Camel headers) reaches the downstream server (camel-notes §5b).
 */
public class HttpRequestPreparer implements Processor {
    private String url = "";
    private String verb = "POST";
    private Map<String, String> headers = Map.of();
    private List<String> metadataPrefixes = List.of();
    private List<String> metadataPatterns = List.of();
    // Compiled forms, rebuilt by the setters: nothing is compiled per request.
    private InterpolatedString compiledUrl = InterpolatedString.parse("");
    private Map<String, InterpolatedString> compiledHeaders = Map.of();
    private boolean userContentType;
    private MetadataFilter metadataFilter = new MetadataFilter(List.of(), List.of());

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.compiledUrl = InterpolatedString.parse(url);
    }

    public String getVerb() {
        return verb;
    }

    public void setVerb(String verb) {
        this.verb = verb;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, String> headers) {
        this.headers = new LinkedHashMap<>(headers);
        Map<String, InterpolatedString> compiled = new LinkedHashMap<>();
        headers.forEach((k, v) -> compiled.put(k, InterpolatedString.parse(v)));
        this.compiledHeaders = compiled;
        // Benthos forces application/octet-stream unless a key is spelled exactly "Content-Type" (case-sensitive).
        this.userContentType = headers.containsKey("Content-Type");
    }

    public List<String> getMetadataPrefixes() {
        return metadataPrefixes;
    }

    /** {@code metadata.include_prefixes}: metadata sent as request headers. */
    public void setMetadataPrefixes(List<String> prefixes) {
        this.metadataPrefixes = List.copyOf(prefixes);
        this.metadataFilter = new MetadataFilter(metadataPrefixes, metadataPatterns);
    }

    public List<String> getMetadataPatterns() {
        return metadataPatterns;
    }

    /** {@code metadata.include_patterns} (RE2). */
    public void setMetadataPatterns(List<String> patterns) {
        this.metadataPatterns = List.copyOf(patterns);
        this.metadataFilter = new MetadataFilter(metadataPrefixes, metadataPatterns);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        HttpCallState state = exchange.getProperty(HttpCallState.PROPERTY, HttpCallState.class);
        if (state == null) {
            state = new HttpCallState();
            exchange.setProperty(HttpCallState.PROPERTY, state);
        }
        Message message = BenthosExchange.toMessage(exchange);
        Map<String, Object> request = new LinkedHashMap<>();
        if (!metadataFilter.isEmpty()) {
            message.metadata().forEach((k, v) -> {
                if (v != null && metadataFilter.matches(k)) {
                    request.put(k, String.valueOf(v));
                }
            });
        }
        try {
            state.url = compiledUrl.render(message);
            for (Map.Entry<String, InterpolatedString> h : compiledHeaders.entrySet()) {
                request.put(h.getKey(), h.getValue().render(message));
            }
        } catch (RuntimeException e) {
            // An interpolation error fails the send (semantics §6.2) without retries.
            throw new HttpClientException("failed to interpolate request: " + e.getMessage());
        }
        if (!userContentType) {
            request.put("Content-Type", "application/octet-stream");
        }
        request.put(Exchange.HTTP_URI, state.url);
        request.put(Exchange.HTTP_METHOD, verb);
        state.metadata = new LinkedHashMap<>(exchange.getMessage().getHeaders());
        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().getHeaders().putAll(request);
    }
}
