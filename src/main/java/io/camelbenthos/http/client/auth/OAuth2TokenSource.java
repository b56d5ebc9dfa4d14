package io.camelbenthos.http.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.go.GoUrl;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * http_client's {@code oauth2} block: the token source of golang.org/x/oauth2 that Benthos wraps around its client
 * (internal/httpclient/auth_oauth2.go). Client-credentials flow by default; with {@code endpoint_params.grant_type:
 * [refresh_token]} the refresh-token flow bootstrapped from {@code endpoint_params.refresh_token}. As in Go:
 * <ul>
 *   <li>the token is reused until 10 s before its {@code expires_in} (forever without one), one fetch at a time;</li>
 *   <li>client credentials go first in a Basic header (both query-escaped), then, if that request fails, as
 *       {@code client_id}/{@code client_secret} form fields; the style that worked is remembered;</li>
 *   <li>the form is {@code url.Values.Encode}d (sorted keys); {@code scope} is the scopes joined by spaces and an
 *       endpoint param may not overwrite it ({@code grant_type} may be);</li>
 *   <li>JSON and form-encoded token responses are read, error texts are {@code RetrieveError}'s.</li>
 * </ul>
 * A JavaBean for the route model; the HTTP client (with the output's proxy and TLS options) is given at runtime.
 */
public final class OAuth2TokenSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** golang.org/x/oauth2's expiryDelta: a token is refreshed this long before it expires. */
    private static final long EXPIRY_DELTA_SECONDS = 10;

    private String clientKey = "";
    private String clientSecret = "";
    private String tokenUrl = "";
    private List<String> scopes = List.of();
    private Map<String, List<String>> endpointParams = Map.of();
    private long timeoutMillis = 5000;

    private final Object lock = new Object();
    private Clock clock = Clock.systemUTC();
    private Token current;
    private String refreshToken;
    private CompletableFuture<Token> inFlight;
    private Boolean credentialsInParams; // null: not probed yet

    /** An access token and when it stops being usable (null: never). */
    public record Token(String accessToken, String type, String refreshToken, Instant expiry) {
        /** {@code Token.Type()}: bearer, mac and basic get their canonical spelling, empty means Bearer. */
        public String authorization() {
            String t = type.isEmpty() || type.equalsIgnoreCase("bearer") ? "Bearer"
                    : type.equalsIgnoreCase("mac") ? "MAC" : type.equalsIgnoreCase("basic") ? "Basic" : type;
            return t + " " + accessToken;
        }
    }

    /** A failed token fetch; the message is golang.org/x/oauth2's text. */
    public static final class TokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TokenException(String message) {
            super(message);
        }
    }

    public String getClientKey() {
        return clientKey;
    }

    public void setClientKey(String clientKey) {
        this.clientKey = clientKey;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    public Map<String, List<String>> getEndpointParams() {
        return endpointParams;
    }

    public void setEndpointParams(Map<String, List<String>> endpointParams) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        endpointParams.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.endpointParams = copy;
        List<String> rt = copy.get("refresh_token");
        this.refreshToken = rt == null || rt.isEmpty() ? "" : rt.get(0);
    }

    /** The output's {@code timeout}: Go fetches the token with the output's own http.Client. */
    public long getTimeoutMillis() {
        return timeoutMillis;
    }

    public void setTimeoutMillis(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    private boolean refreshFlow() {
        List<String> gt = endpointParams.get("grant_type");
        return gt != null && !gt.isEmpty() && gt.get(0).equals("refresh_token");
    }

    /** A valid token: the cached one, or the result of the fetch in progress or of a new one. */
    public CompletableFuture<Token> token(WebClient client) {
        synchronized (lock) {
            if (current != null && valid(current)) {
                return CompletableFuture.completedFuture(current);
            }
            if (inFlight == null) {
                CompletableFuture<Token> fetch = fetch(client);
                inFlight = fetch;
                fetch.whenComplete((t, e) -> {
                    synchronized (lock) {
                        inFlight = null;
                        if (t != null) {
                            current = t;
                            if (!t.refreshToken().isEmpty()) {
                                refreshToken = t.refreshToken();
                            }
                        }
                    }
                });
            }
            return inFlight;
        }
    }

    private boolean valid(Token t) {
        return t.expiry() == null || clock.instant().isBefore(t.expiry().minusSeconds(EXPIRY_DELTA_SECONDS));
    }

    private CompletableFuture<Token> fetch(WebClient client) {
        Map<String, List<String>> form = new TreeMap<>();
        if (refreshFlow()) {
            if (refreshToken.isEmpty()) {
                return CompletableFuture.failedFuture(
                        new TokenException("oauth2: token expired and refresh token is not set"));
            }
            form.put("grant_type", List.of("refresh_token"));
            form.put("refresh_token", List.of(refreshToken));
        } else {
            form.put("grant_type", List.of("client_credentials"));
            if (!scopes.isEmpty()) {
                form.put("scope", List.of(String.join(" ", scopes)));
            }
            for (Map.Entry<String, List<String>> p : endpointParams.entrySet()) {
                if (form.containsKey(p.getKey()) && !p.getKey().equals("grant_type")) {
                    return CompletableFuture.failedFuture(new TokenException(
                            "oauth2: cannot overwrite parameter " + GoStrconv.quote(p.getKey())));
                }
                form.put(p.getKey(), p.getValue());
            }
        }
        Boolean inParams;
        synchronized (lock) {
            inParams = credentialsInParams;
        }
        if (inParams != null) {
            return request(client, form, inParams).toCompletionStage().toCompletableFuture();
        }
        // AuthStyleAutoDetect: header first, then params; remember what worked.
        return request(client, form, false).map(t -> remember(t, false))
                .recover(headerFailure -> request(client, form, true).map(t -> remember(t, true)))
                .toCompletionStage().toCompletableFuture();
    }

    private Token remember(Token t, boolean inParams) {
        synchronized (lock) {
            credentialsInParams = inParams;
        }
        return t;
    }

    private Future<Token> request(WebClient client, Map<String, List<String>> form, boolean credentialsInForm) {
        Map<String, List<String>> fields = new TreeMap<>(form);
        HttpRequest<Buffer> request;
        try {
            request = client.postAbs(tokenUrl).timeout(timeoutMillis)
                    .putHeader("Content-Type", "application/x-www-form-urlencoded");
        } catch (RuntimeException e) {
            return Future.failedFuture(e); // a token_url Vert.x cannot parse fails like any fetch
        }
        if (credentialsInForm) {
            fields.put("client_id", List.of(clientKey));
            if (!clientSecret.isEmpty()) {
                fields.put("client_secret", List.of(clientSecret));
            }
        } else {
            String user = GoUrl.queryEscape(clientKey) + ":" + GoUrl.queryEscape(clientSecret);
            request.putHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return request.sendBuffer(Buffer.buffer(GoUrl.encodeValues(fields))).map(this::parse);
    }

    private Token parse(HttpResponse<Buffer> response) {
        byte[] body = response.body() == null ? new byte[0] : response.body().getBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        String contentType = response.getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        boolean form = mediaType.equals("application/x-www-form-urlencoded") || mediaType.equals("text/plain");
        Map<String, String> fields = form ? formFields(text) : jsonFields(text);
        int code = response.statusCode();
        if (code < 200 || code > 299 || !fields.getOrDefault("error", "").isEmpty()) {
            throw retrieveError(code + " " + response.statusMessage(), text, fields);
        }
        String accessToken = fields.getOrDefault("access_token", "");
        if (accessToken.isEmpty()) {
            throw new TokenException("oauth2: server response missing access_token");
        }
        long expiresIn = 0;
        try {
            expiresIn = (long) Double.parseDouble(fields.getOrDefault("expires_in", "0"));
        } catch (NumberFormatException e) {
            expiresIn = 0; // Go: a malformed expires_in leaves no expiry (form) or fails decoding (JSON); lenient
        }
        Instant expiry = expiresIn == 0 ? null : clock.instant().plusSeconds(expiresIn);
        return new Token(accessToken, fields.getOrDefault("token_type", ""),
                fields.getOrDefault("refresh_token", ""), expiry);
    }

    private static TokenException retrieveError(String status, String body, Map<String, String> fields) {
        String errorCode = fields.getOrDefault("error", "");
        if (errorCode.isEmpty()) {
            return new TokenException("oauth2: cannot fetch token: " + status + "\nResponse: " + body);
        }
        StringBuilder s = new StringBuilder("oauth2: ").append(GoStrconv.quote(errorCode));
        String description = fields.getOrDefault("error_description", "");
        if (!description.isEmpty()) {
            s.append(' ').append(GoStrconv.quote(description));
        }
        String uri = fields.getOrDefault("error_uri", "");
        if (!uri.isEmpty()) {
            s.append(' ').append(GoStrconv.quote(uri));
        }
        return new TokenException(s.toString());
    }

    private static Map<String, String> formFields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = GoUrl.queryUnescape(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : GoUrl.queryUnescape(pair.substring(eq + 1));
                out.putIfAbsent(k, v); // url.Values.Get takes the first value
            } catch (RuntimeException e) {
                // Go's ParseQuery keeps going past a bad pair
            }
        }
        return out;
    }

    private static Map<String, String> jsonFields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (e.getValue().isValueNode()) {
                        out.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
        } catch (Exception e) {
            // Go: an undecodable body gives an empty token (then "missing access_token") or the plain status error
        }
        return out;
    }
}
