package io.camelbenthos.http.client;

import io.camelbenthos.config.Position;
import io.camelbenthos.scanner.ScannerChoice;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourcePump;
import java.util.Map;
import org.apache.camel.CamelContext;

/**
 * The {@code http_client} input's reader bean: polling through the client's request route
 * ({@link HttpPollSource}), or in stream mode one long request scanned as it arrives ({@link HttpStreamSource}).
 */
public class HttpClientReader extends SourcePump {
    private String requestUri = "";
    private String payload;
    private boolean dropEmptyBodies = true;
    private boolean stream;
    private boolean reconnect = true;
    private ScannerChoice scanning = new ScannerChoice();
    private String url = "";
    private String verb = "GET";
    private Map<String, String> headers = Map.of();
    private String basicAuth;
    private boolean followRedirects = true;

    public HttpClientReader() {
        setInputType("http_client");
    }

    /** The endpoint of the route making one polling request. */
    public String getRequestUri() {
        return requestUri;
    }

    public void setRequestUri(String requestUri) {
        this.requestUri = requestUri;
    }

    /** The payload template; null for none. */
    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public boolean isDropEmptyBodies() {
        return dropEmptyBodies;
    }

    public void setDropEmptyBodies(boolean dropEmptyBodies) {
        this.dropEmptyBodies = dropEmptyBodies;
    }

    public boolean isStream() {
        return stream;
    }

    public void setStream(boolean stream) {
        this.stream = stream;
    }

    public boolean isReconnect() {
        return reconnect;
    }

    public void setReconnect(boolean reconnect) {
        this.reconnect = reconnect;
    }

    /** Stream mode: the scanner, or the deprecated codec. */
    public ScannerChoice getScanning() {
        return scanning;
    }

    public void setScanning(ScannerChoice scanning) {
        this.scanning = scanning;
    }

    /** Stream mode: the url (not interpolated). */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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
        this.headers = headers;
    }

    /** Stream mode: {@code user:password}, or null. */
    public String getBasicAuth() {
        return basicAuth;
    }

    public void setBasicAuth(String basicAuth) {
        this.basicAuth = basicAuth;
    }

    public boolean isFollowRedirects() {
        return followRedirects;
    }

    public void setFollowRedirects(boolean followRedirects) {
        this.followRedirects = followRedirects;
    }

    @Override
    protected BatchSource openSource(CamelContext camel) {
        if (!stream) {
            return new HttpPollSource(camel, requestUri, payload, dropEmptyBodies);
        }
        return new HttpStreamSource(url, verb, headers, payload, basicAuth, followRedirects,
                scanning.factory(new Position("http_client", 0, 0)), reconnect);
    }
}
