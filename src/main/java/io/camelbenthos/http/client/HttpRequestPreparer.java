package io.camelbenthos.http.client;

import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.http.MultipartWriter;
import io.camelbenthos.http.client.auth.JwtSigner;
import io.camelbenthos.http.client.auth.OAuth1Signer;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Before each http_client attempt, Benthos's {@code RequestCreator.Create}: builds the body (the content, or the
 * explicit {@code multipart} parts), interpolates {@code url} and {@code headers} against the message, adds the
 * selected metadata, signs with {@code oauth}, {@code jwt} and {@code basic_auth}; moves the message's content and
 * metadata aside and leaves exactly the request on the exchange, so nothing else (request headers of an http_server
 * input, Camel headers) reaches the downstream server (camel-notes §5b).
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
    private List<MultipartPart> multipart = List.of();
    private OAuth1Signer oauth;
    private JwtSigner jwt;
    private String basicAuthUsername;
    private String basicAuthPassword;

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

    public List<MultipartPart> getMultipart() {
        return multipart;
    }

    /** The experimental {@code multipart} field: when not empty, the request body is exactly these parts. */
    public void setMultipart(List<MultipartPart> multipart) {
        this.multipart = List.copyOf(multipart);
    }

    public OAuth1Signer getOauth() {
        return oauth;
    }

    /** The {@code oauth} block when enabled, else null. */
    public void setOauth(OAuth1Signer oauth) {
        this.oauth = oauth;
    }

    public JwtSigner getJwt() {
        return jwt;
    }

    /** The {@code jwt} block when enabled, else null. */
    public void setJwt(JwtSigner jwt) {
        this.jwt = jwt;
    }

    public String getBasicAuthUsername() {
        return basicAuthUsername;
    }

    /** The {@code basic_auth} user when enabled, else null. */
    public void setBasicAuthUsername(String basicAuthUsername) {
        this.basicAuthUsername = basicAuthUsername;
    }

    public String getBasicAuthPassword() {
        return basicAuthPassword;
    }

    public void setBasicAuthPassword(String basicAuthPassword) {
        this.basicAuthPassword = basicAuthPassword;
    }

    /**
     * Builds the request, or, when that fails (an interpolation, a jwt key), ends the send with the failure and no
     * retry: {@link HttpCallState#SKIP} keeps it from being sent and the outcome step reports it.
     */
    @Override
    public void process(Exchange exchange) {
        HttpCallState state = exchange.getProperty(HttpCallState.PROPERTY, HttpCallState.class);
        if (state == null) {
            state = new HttpCallState();
            exchange.setProperty(HttpCallState.PROPERTY, state);
        }
        exchange.removeProperty(HttpCallState.SKIP);
        try {
            prepare(exchange, state);
        } catch (HttpClientException e) {
            state.error = e.getMessage();
            exchange.setProperty(HttpCallState.SKIP, true);
            exchange.setProperty(HttpCallState.RETRY, false);
            exchange.setProperty(HttpCallState.DELAY, 0L);
        }
    }

    private void prepare(Exchange exchange, HttpCallState state) throws HttpClientException {
        MessageBatch saved = BenthosExchange.batch(exchange);
        Message message = BenthosExchange.first(exchange);
        List<Message> batch = batchOf(exchange, saved);
        Map<String, Object> request = new LinkedHashMap<>();
        byte[] body = message.content();
        String contentType = userContentType ? null : "application/octet-stream";
        if (!multipart.isEmpty()) {
            MultipartWriter writer = new MultipartWriter();
            for (MultipartPart part : multipart) {
                Map<String, List<String>> partHeaders = new LinkedHashMap<>();
                partHeaders.put("Content-Type",
                        List.of(render(part.compiledContentType(), message, "content-type interpolation error: ")));
                partHeaders.put("Content-Disposition", List.of(
                        render(part.compiledContentDisposition(), message, "content-disposition interpolation error: ")));
                String partBody = render(part.compiledBody(), message, "part body interpolation error: ");
                writer.part(partHeaders, partBody.getBytes(StandardCharsets.UTF_8));
            }
            body = writer.close();
            contentType = writer.contentType();
        } else if (batch.size() > 1) {
            MultipartWriter writer = new MultipartWriter();
            for (int i = 0; i < batch.size(); i++) {
                writer.part(partHeaders(batch, i), batch.get(i).content());
            }
            body = writer.close();
            contentType = writer.contentType();
        }
        state.url = render(compiledUrl, batch, 0, "url interpolation error: ");
        for (Map.Entry<String, InterpolatedString> h : compiledHeaders.entrySet()) {
            request.put(h.getKey(),
                    render(h.getValue(), batch, 0, "header '" + h.getKey() + "' interpolation error: "));
        }
        if (!metadataFilter.isEmpty()) {
            message.metadata().forEach((k, v) -> {
                if (v != null && metadataFilter.matches(k)) {
                    request.putIfAbsent(k, String.valueOf(v));
                }
            });
        }
        if (contentType != null) {
            request.put("Content-Type", contentType);
        }
        sign(request, state.url);
        request.put(Exchange.HTTP_URI, state.url);
        request.put(Exchange.HTTP_METHOD, verb);
        state.batch = saved;
        exchange.getMessage().getHeaders().clear();
        exchange.getMessage().getHeaders().putAll(request);
        exchange.getMessage().setBody(body);
        state.startedNanos = System.nanoTime();
    }

    /**
     * The messages sent as one request: a batch the output's batching policy completed ({@link HttpBatchSender}), else
     * the exchange's batch (several only with {@code batch_as_multipart}: the output otherwise sends each message of
     * a batch on its own).
     */
    private static List<Message> batchOf(Exchange exchange, MessageBatch own) {
        if (exchange.getProperty(HttpBatchSender.BATCH) instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(Message.class::cast).toList();
        }
        return own.messages();
    }

    /**
     * A part of a batch sent as multipart (Benthos's default multipart body): Content-Type from the
     * {@code Content-Type} header interpolated against this message, else octet-stream, plus this message's metadata
     * selected by {@code metadata}, keys as they are.
     */
    private Map<String, List<String>> partHeaders(List<Message> batch, int index) throws HttpClientException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        InterpolatedString type = compiledHeaders.get("Content-Type");
        headers.put("Content-Type", new ArrayList<>(List.of(type == null ? "application/octet-stream"
                : render(type, batch, index, "content-type interpolation error: "))));
        if (!metadataFilter.isEmpty()) {
            batch.get(index).metadata().forEach((k, v) -> {
                if (v != null && metadataFilter.matches(k)) {
                    headers.computeIfAbsent(k, x -> new ArrayList<>()).add(String.valueOf(v));
                }
            });
        }
        return headers;
    }

    /** An interpolation error fails the send (semantics §6.2), with the prefix Benthos's request creator gives it. */
    private static String render(InterpolatedString template, Message message, String errorPrefix)
            throws HttpClientException {
        try {
            return template.render(message);
        } catch (RuntimeException e) {
            throw new HttpClientException(errorPrefix + e.getMessage());
        }
    }

    private static String render(InterpolatedString template, List<Message> batch, int index, String errorPrefix)
            throws HttpClientException {
        try {
            return template.render(batch, index);
        } catch (RuntimeException e) {
            throw new HttpClientException(errorPrefix + e.getMessage());
        }
    }

    /** Benthos's signer order: oauth adds Authorization, jwt then basic_auth set it (the last one wins). */
    private void sign(Map<String, Object> request, String requestUrl) throws HttpClientException {
        if (oauth != null) {
            request.put("Authorization", oauth.authorization(verb, requestUrl));
        }
        if (jwt != null) {
            try {
                request.put("Authorization", jwt.authorization());
            } catch (IllegalStateException e) {
                throw new HttpClientException(e.getMessage());
            }
        }
        if (basicAuthUsername != null) {
            String credentials = basicAuthUsername + ":" + (basicAuthPassword == null ? "" : basicAuthPassword);
            request.put("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
