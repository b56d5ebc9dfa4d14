package io.camelbenthos.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Set;

/**
 * CORS as gorilla {@code handlers.CORS} applies it for Benthos (semantics §1.1): the listed origins ({@code *} a
 * wildcard) and the fixed methods GET, HEAD, POST, PUT, PATCH, DELETE.
 */
public final class CorsPolicy {
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private final List<String> origins;
    private final boolean wildcard;

    public CorsPolicy(List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("bad CORS configuration: must specify at least one allowed origin");
        }
        this.origins = List.copyOf(origins);
        this.wildcard = origins.contains("*");
    }

    /**
     * Adds the CORS headers for an allowed origin. Returns true when the request was a preflight and has been
     * answered, so the caller must not route it further.
     */
    public boolean apply(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || !(wildcard || origins.contains(origin))) {
            return false;
        }
        boolean preflight = request.method() == HttpMethod.OPTIONS;
        if (preflight) {
            String wanted = request.getHeader("Access-Control-Request-Method");
            if (wanted == null || !METHODS.contains(wanted)) {
                request.response().setStatusCode(405).end();
                return true;
            }
            request.response().putHeader("Access-Control-Allow-Methods", wanted);
        }
        request.response().putHeader("Access-Control-Allow-Origin", wildcard ? "*" : origin);
        if (preflight) {
            request.response().setStatusCode(200).end();
        }
        return preflight;
    }
}
