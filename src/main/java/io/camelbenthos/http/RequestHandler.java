package io.camelbenthos.http;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/** Answers a request routed to a registered path. */
@FunctionalInterface
public interface RequestHandler {
    /** @param pathVariables the template's variables ({@code {name}}), empty when it has none */
    void handle(HttpServerRequest request, String path, Map<String, String> pathVariables);
}
