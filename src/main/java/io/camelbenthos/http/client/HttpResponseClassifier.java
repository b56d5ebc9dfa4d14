package io.camelbenthos.http.client;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.http.MetadataFilter;
import io.camelbenthos.http.Multipart;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.slf4j.event.Level;

/**
 * The enrich strategy of http_client: restores the message's metadata, classifies the response exactly as Benthos's
 * {@code checkStatus} (semantics §4.1), decides whether and how long before another attempt, and on success with
 * {@code propagate_response} replaces the content with the response body and merges {@code http_status_code} and the
 * extracted headers into the metadata. Error responses are never propagated (issue #417).
 */
public class HttpResponseClassifier implements AggregationStrategy {
    private int retries = 3;
    private List<Integer> dropOn = List.of();
    private List<Integer> backoffOn = List.of(429);
    private List<Integer> successfulOn = List.of();
    private boolean followRedirects = true;
    private boolean propagateResponse;
    private List<String> extractHeaderPrefixes = List.of();
    private List<String> extractHeaderPatterns = List.of();
    private long retryPeriod = 1000;
    private long maxRetryBackoff = 300_000;
    private String dumpRequestLogLevel = "";
    private boolean annotateFailures;
    private Level dumpLevel;
    // Derived from the properties by their setters: lookups and matching cost nothing per request.
    private Set<Integer> dropSet = Set.of();
    private Set<Integer> backoffSet = Set.of(429);
    private Set<Integer> successSet = Set.of();
    private MetadataFilter extractHeaders = new MetadataFilter(List.of(), List.of());
    private RetryThrottle throttle = new RetryThrottle(retryPeriod, maxRetryBackoff);

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public List<Integer> getDropOn() {
        return dropOn;
    }

    public void setDropOn(List<Integer> codes) {
        this.dropOn = List.copyOf(codes);
        this.dropSet = Set.copyOf(codes);
    }

    public List<Integer> getBackoffOn() {
        return backoffOn;
    }

    public void setBackoffOn(List<Integer> codes) {
        this.backoffOn = List.copyOf(codes);
        this.backoffSet = Set.copyOf(codes);
    }

    public List<Integer> getSuccessfulOn() {
        return successfulOn;
    }

    public void setSuccessfulOn(List<Integer> codes) {
        this.successfulOn = List.copyOf(codes);
        this.successSet = Set.copyOf(codes);
    }

    public boolean isFollowRedirects() {
        return followRedirects;
    }

    public void setFollowRedirects(boolean followRedirects) {
        this.followRedirects = followRedirects;
    }

    public boolean isPropagateResponse() {
        return propagateResponse;
    }

    public void setPropagateResponse(boolean propagateResponse) {
        this.propagateResponse = propagateResponse;
    }

    public List<String> getExtractHeaderPrefixes() {
        return extractHeaderPrefixes;
    }

    public void setExtractHeaderPrefixes(List<String> prefixes) {
        this.extractHeaderPrefixes = List.copyOf(prefixes);
        this.extractHeaders = new MetadataFilter(extractHeaderPrefixes, extractHeaderPatterns);
    }

    public List<String> getExtractHeaderPatterns() {
        return extractHeaderPatterns;
    }

    public void setExtractHeaderPatterns(List<String> patterns) {
        this.extractHeaderPatterns = List.copyOf(patterns);
        this.extractHeaders = new MetadataFilter(extractHeaderPrefixes, extractHeaderPatterns);
    }

    /** {@code retry_period} in milliseconds. */
    public long getRetryPeriod() {
        return retryPeriod;
    }

    public void setRetryPeriod(long millis) {
        this.retryPeriod = millis;
        this.throttle = new RetryThrottle(retryPeriod, maxRetryBackoff);
    }

    /** {@code max_retry_backoff} in milliseconds. */
    public long getMaxRetryBackoff() {
        return maxRetryBackoff;
    }

    public void setMaxRetryBackoff(long millis) {
        this.maxRetryBackoff = millis;
        this.throttle = new RetryThrottle(retryPeriod, maxRetryBackoff);
    }

    public String getDumpRequestLogLevel() {
        return dumpRequestLogLevel;
    }

    /** {@code dump_request_log_level}: "" for none, else each attempt is logged at this level. */
    public void setDumpRequestLogLevel(String level) {
        this.dumpRequestLogLevel = level;
        this.dumpLevel = RequestDump.level(level);
    }

    public boolean isAnnotateFailures() {
        return annotateFailures;
    }

    /**
     * The http processor's failure copy (processor_http.go): an error response leaves {@code http_status_code} and
     * the extracted headers on the message.
     */
    public void setAnnotateFailures(boolean annotateFailures) {
        this.annotateFailures = annotateFailures;
    }

    private enum Verdict { SUCCESS, FAIL_NO_RETRY, FAIL_BACKOFF, FAIL_LINEAR }

    @Override
    public Exchange aggregate(Exchange original, Exchange response) {
        HttpCallState state = original.getProperty(HttpCallState.PROPERTY, HttpCallState.class);
        state.attempts++;
        if (dumpLevel != null) {
            RequestDump.log(dumpLevel, state, original, response);
        }
        original.getMessage().getHeaders().clear();
        BenthosExchange.setBatch(original, state.batch);
        state.extraParts = List.of();
        Verdict verdict;
        if (response.getException() != null) {
            Throwable e = response.getException();
            state.error = state.url + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            verdict = Verdict.FAIL_LINEAR;
        } else {
            int code = response.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
            verdict = classify(code);
            if (verdict == Verdict.SUCCESS) {
                state.error = null;
                if (propagateResponse) {
                    try {
                        propagate(original, response, code, state);
                        state.propagated = true;
                    } catch (Multipart.MalformedException e) {
                        // Go: ResponseToBatch fails and so does the write, after the request succeeded: no retry
                        state.error = e.getMessage();
                        original.setProperty(HttpCallState.RETRY, false);
                        original.setProperty(HttpCallState.DELAY, 0L);
                        return original;
                    }
                }
            } else {
                state.error = errorText(state.url, code, response);
                if (annotateFailures) {
                    Map<String, Object> annotations = new LinkedHashMap<>();
                    annotations.put("http_status_code", code);
                    annotations.putAll(extractedHeaders(response));
                    writeFirst(original, null, annotations);
                }
            }
        }
        boolean again = false;
        long delay = 0;
        if (verdict == Verdict.SUCCESS) {
            throttle.reset();
        } else if (verdict != Verdict.FAIL_NO_RETRY && state.attempts <= retries) {
            again = true;
            delay = verdict == Verdict.FAIL_BACKOFF ? throttle.backoff() : throttle.linear();
        }
        original.setProperty(HttpCallState.RETRY, again);
        original.setProperty(HttpCallState.DELAY, delay);
        return original;
    }

    private Verdict classify(int code) {
        if (dropSet.contains(code)) {
            return Verdict.FAIL_NO_RETRY;
        }
        if (backoffSet.contains(code)) {
            return Verdict.FAIL_BACKOFF;
        }
        if (successSet.contains(code)) {
            return Verdict.SUCCESS;
        }
        if (!followRedirects && code >= 300 && code < 400) {
            return Verdict.SUCCESS;
        }
        return code < 200 || code > 299 ? Verdict.FAIL_LINEAR : Verdict.SUCCESS;
    }

    /**
     * Benthos's {@code ResponseToBatch} plus the output's write-back: a {@code multipart/*} response is one message
     * per part (the first overwrites the sent message, the others are copies of it, kept for the sync response);
     * anything else is one message of the whole body.
     */
    private void propagate(Exchange original, Exchange response, int code, HttpCallState state)
            throws Multipart.MalformedException {
        byte[] body = response.getMessage().getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        String contentType = response.getMessage().getHeader("Content-Type", String.class);
        state.responseParts = 1;
        if (Multipart.isMultipart(contentType)) {
            List<byte[]> parts = Multipart.parse(body, contentType);
            state.responseParts = parts.size();
            if (parts.isEmpty()) {
                // An empty response batch: Benthos writes nothing back, the message stays as it was sent.
                state.responseMetadata = Map.of();
                return;
            }
            body = parts.get(0);
            state.extraParts = parts.size() > 1 ? List.copyOf(parts.subList(1, parts.size())) : List.of();
        }
        Map<String, Object> responseMetadata = new LinkedHashMap<>();
        responseMetadata.put("http_status_code", code);
        responseMetadata.putAll(extractedHeaders(response));
        writeFirst(original, body, responseMetadata);
        state.responseMetadata = responseMetadata;
    }

    /** Writes the response onto message 0 of the batch (a copy): its content, when given, and metadata added. */
    private static void writeFirst(Exchange original, byte[] content, Map<String, Object> metadata) {
        MessageBatch batch = BenthosExchange.batch(original);
        List<Message> out = new ArrayList<>(batch.messages());
        Message first = out.get(0).copy();
        if (content != null) {
            first.setContent(content);
        }
        first.metadata().putAll(metadata);
        out.set(0, first);
        BenthosExchange.setBatch(original, MessageBatch.of(out));
    }

    /** Benthos's ExtractHeaderMeta: matching response headers, keys lower-cased; one value as a string. */
    private Map<String, Object> extractedHeaders(Exchange response) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (extractHeaders.isEmpty()) {
            return out;
        }
        response.getMessage().getHeaders().forEach((k, v) -> {
            if (k.startsWith("Camel")) {
                return;
            }
            String key = k.toLowerCase(Locale.ROOT); // Benthos lower-cases before matching and stores lower-case
            if (extractHeaders.matches(key)) {
                out.put(key, v instanceof List<?> list && list.size() == 1 ? String.valueOf(list.get(0)) : v);
            }
        });
        return out;
    }

    /** Benthos's text: {@code <url>: HTTP request returned unexpected response code (<code>): <status>, Error: <body>}. */
    private static String errorText(String url, int code, Exchange response) {
        String reason = response.getMessage().getHeader(Exchange.HTTP_RESPONSE_TEXT, "", String.class);
        String body = response.getMessage().getBody(String.class);
        String flat = body == null ? "" : body.replace("\n", "");
        List<String> parts = new ArrayList<>(2);
        parts.add(String.valueOf(code));
        if (!reason.isEmpty()) {
            parts.add(reason);
        }
        return url + ": HTTP request returned unexpected response code (" + code + "): " + String.join(" ", parts)
                + ", Error: " + flat;
    }
}
