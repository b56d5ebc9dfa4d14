package io.camelbenthos.http;

import io.camelbenthos.ratelimit.RateLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/**
 * One http_server input. Options (all optional):
 * <ul>
 *   <li>{@code allowedVerbs} comma list, default {@code POST};</li>
 *   <li>{@code wsPath} the websocket path, default {@code /post/ws} (empty: none), {@code wsWelcomeMessage} and
 *       {@code wsRateLimitMessage} (binary frames sent on connect and when rate limited);</li>
 *   <li>{@code timeout} milliseconds, default 5000: the 408 deadline (semantics §1.8);</li>
 *   <li>{@code responseStatus} interpolated, default {@code 200};</li>
 *   <li>{@code responseHeader.<Name>} interpolated values; any of them replaces the default
 *       {@code Content-Type: application/octet-stream}, as does {@code replaceDefaultHeaders=true} (an empty map);</li>
 *   <li>{@code metadataPrefix.<i>} / {@code metadataPattern.<i>}: {@code sync_response.metadata_headers};</li>
 *   <li>{@code corsEnabled}, {@code corsAllowedOrigins} (comma list), {@code certFile}, {@code keyFile},
 *       {@code reuseAddr}, {@code reusePort}: dedicated address only (outside Windows every listener reuses its
 *       address anyway, as Go's do);</li>
 *   <li>{@code serverSettings=#bean}: an {@link HttpServerSettings} for the shared server (defaults otherwise);</li>
 *   <li>{@code rateLimit=#bean}: a {@link RateLimit} asked once per request; refused requests get 429;</li>
 *   <li>{@code label}: the input's label, for metrics;</li>
 *   <li>{@code eventLoop=true}: each request runs the route on the Vert.x event loop that received it instead of
 *       being handed to a worker thread. Only for routes none of whose steps ever blocks: the translator sets it
 *       when every component of the stream is known not to ({@code ComponentSpec.nonBlocking}).</li>
 * </ul>
 * Interpolated values are best written as {@code RAW(...)} so Camel leaves them alone.
 */
public class BenthosHttpEndpoint extends DefaultEndpoint {
    private String address = "";
    private String path = "/post";
    private String wsPath = "/post/ws";
    private String wsWelcomeMessage = "";
    private String wsRateLimitMessage = "";
    private String allowedVerbs = "POST";
    private long timeout = 5000;
    private String responseStatus = "200";
    private Map<String, String> responseHeaders;
    private boolean replaceDefaultHeaders;
    private List<String> metadataPrefixes = new ArrayList<>();
    private List<String> metadataPatterns = new ArrayList<>();
    private boolean corsEnabled;
    private String corsAllowedOrigins = "";
    private String certFile = "";
    private String keyFile = "";
    private boolean reuseAddr;
    private boolean reusePort;
    private HttpServerSettings serverSettings;
    private String label = "";
    private RateLimit rateLimit;
    private boolean eventLoop;

    public BenthosHttpEndpoint(String uri, BenthosHttpComponent component) {
        super(uri, component);
    }

    @Override
    public BenthosHttpComponent getComponent() {
        return (BenthosHttpComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("benthos-http is an input: it has no producer");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        BenthosHttpConsumer consumer = new BenthosHttpConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The response headers to use: the user's map, or Benthos's default when none was given. */
    Map<String, String> effectiveResponseHeaders() {
        if (responseHeaders != null) {
            return responseHeaders;
        }
        return replaceDefaultHeaders ? Map.of() : SyncResponseRenderer.DEFAULT_HEADERS;
    }

    List<String> allowedVerbList() {
        return Arrays.stream(allowedVerbs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    List<String> corsOriginList() {
        return Arrays.stream(corsAllowedOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    HttpServerSettings effectiveServerSettings() {
        return serverSettings == null ? new HttpServerSettings() : serverSettings;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(RateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /** The websocket path ({@code ws_path}), default {@code /post/ws}; empty registers none. */
    public String getWsPath() {
        return wsPath;
    }

    public void setWsPath(String wsPath) {
        this.wsPath = wsPath == null ? "" : wsPath;
    }

    public String getWsWelcomeMessage() {
        return wsWelcomeMessage;
    }

    public void setWsWelcomeMessage(String wsWelcomeMessage) {
        this.wsWelcomeMessage = wsWelcomeMessage == null ? "" : wsWelcomeMessage;
    }

    public String getWsRateLimitMessage() {
        return wsRateLimitMessage;
    }

    public void setWsRateLimitMessage(String wsRateLimitMessage) {
        this.wsRateLimitMessage = wsRateLimitMessage == null ? "" : wsRateLimitMessage;
    }

    public String getAllowedVerbs() {
        return allowedVerbs;
    }

    public void setAllowedVerbs(String allowedVerbs) {
        this.allowedVerbs = allowedVerbs;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public String getResponseStatus() {
        return responseStatus;
    }

    public void setResponseStatus(String responseStatus) {
        this.responseStatus = responseStatus;
    }

    public Map<String, String> getResponseHeaders() {
        return responseHeaders;
    }

    public void setResponseHeaders(Map<String, String> responseHeaders) {
        this.responseHeaders = responseHeaders;
    }

    public boolean isReplaceDefaultHeaders() {
        return replaceDefaultHeaders;
    }

    public void setReplaceDefaultHeaders(boolean replaceDefaultHeaders) {
        this.replaceDefaultHeaders = replaceDefaultHeaders;
    }

    public List<String> getMetadataPrefixes() {
        return metadataPrefixes;
    }

    public void setMetadataPrefixes(List<String> metadataPrefixes) {
        this.metadataPrefixes = metadataPrefixes;
    }

    public List<String> getMetadataPatterns() {
        return metadataPatterns;
    }

    public void setMetadataPatterns(List<String> metadataPatterns) {
        this.metadataPatterns = metadataPatterns;
    }

    public boolean isCorsEnabled() {
        return corsEnabled;
    }

    public void setCorsEnabled(boolean corsEnabled) {
        this.corsEnabled = corsEnabled;
    }

    public String getCorsAllowedOrigins() {
        return corsAllowedOrigins;
    }

    public void setCorsAllowedOrigins(String corsAllowedOrigins) {
        this.corsAllowedOrigins = corsAllowedOrigins;
    }

    public String getCertFile() {
        return certFile;
    }

    public void setCertFile(String certFile) {
        this.certFile = certFile;
    }

    public String getKeyFile() {
        return keyFile;
    }

    public void setKeyFile(String keyFile) {
        this.keyFile = keyFile;
    }

    public boolean isReuseAddr() {
        return reuseAddr;
    }

    public void setReuseAddr(boolean reuseAddr) {
        this.reuseAddr = reuseAddr;
    }

    public boolean isReusePort() {
        return reusePort;
    }

    public void setReusePort(boolean reusePort) {
        this.reusePort = reusePort;
    }

    public HttpServerSettings getServerSettings() {
        return serverSettings;
    }

    public void setServerSettings(HttpServerSettings serverSettings) {
        this.serverSettings = serverSettings;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isEventLoop() {
        return eventLoop;
    }

    /** True: requests run the route on the event loop (never blocking routes only, see the class comment). */
    public void setEventLoop(boolean eventLoop) {
        this.eventLoop = eventLoop;
    }
}
