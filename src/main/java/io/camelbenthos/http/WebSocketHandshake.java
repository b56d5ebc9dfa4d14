package io.camelbenthos.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;

/**
 * The checks gorilla/websocket's {@code Upgrader.Upgrade} makes before it takes a connection over, in its order, with
 * the answer a refused client gets from Benthos's {@code wsHandler} (semantics §1.5). gorilla writes
 * {@code http.Error(w, StatusText(status), status)} plus {@code Sec-Websocket-Version: 13}; Benthos's deferred
 * {@code http.Error(w, "Bad request", 400)} then finds the header written, so only its text is appended to the body.
 */
final class WebSocketHandshake {
    private WebSocketHandshake() {
    }

    /** True when the request may be upgraded; otherwise the refusal was written. */
    static boolean admit(HttpServerRequest request) {
        int status = refusal(request);
        if (status == 0) {
            return true;
        }
        HttpServerResponse response = request.response();
        response.headers().set("Sec-Websocket-Version", "13");
        // gorilla's http.Error text, then Benthos's own deferred line
        GoHttp.error(response, status, statusText(status) + "\nBad request");
        return false;
    }

    /** The status gorilla refuses with, 0 when it accepts. */
    private static int refusal(HttpServerRequest request) {
        if (!hasToken(request, "Connection", "upgrade") || !hasToken(request, "Upgrade", "websocket")) {
            return 400;
        }
        if (request.method() != HttpMethod.GET) {
            return 405;
        }
        if (!hasToken(request, "Sec-WebSocket-Version", "13")) {
            return 400;
        }
        if (!sameOrigin(request)) {
            return 403;
        }
        return validKey(request.getHeader("Sec-WebSocket-Key")) ? 0 : 400;
    }

    /** gorilla's {@code tokenListContainsValue}: comma-separated tokens, compared case-insensitively. */
    private static boolean hasToken(HttpServerRequest request, String header, String token) {
        for (String value : request.headers().getAll(header)) {
            for (String t : value.split(",")) {
                if (t.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * gorilla's default {@code checkSameOrigin}: no Origin header, or an Origin whose host (with port) equals the
     * request's Host, ignoring ASCII case. It guards against cross-site websocket hijacking, so browsers on another
     * origin are refused 403, as they are by Benthos.
     */
    private static boolean sameOrigin(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            String originHost = new URI(origin).getRawAuthority();
            if (originHost != null && originHost.contains("@")) {
                originHost = originHost.substring(originHost.indexOf('@') + 1); // Go's URL.Host has no userinfo
            }
            return originHost != null && host != null
                    && originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** gorilla's {@code isValidChallengeKey}: base64 of exactly 16 bytes. */
    private static boolean validKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(key).length == 16 && key.length() == 24;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String statusText(int status) {
        return switch (status) {
            case 403 -> "Forbidden";
            case 405 -> "Method Not Allowed";
            default -> "Bad Request";
        };
    }
}
