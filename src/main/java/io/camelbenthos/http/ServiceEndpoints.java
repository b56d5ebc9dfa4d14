package io.camelbenthos.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;

/** The service endpoints of the shared server (semantics §9.7): {@code /ping}, {@code /version}, {@code /ready}, {@code /metrics}. */
final class ServiceEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceEndpoints() {
    }

    static void register(BenthosServer server, CamelContext camel, HttpServerSettings settings) {
        server.register(PathTemplate.compile("/ping"), (req, p, v) -> text(req, "pong"));
        server.register(PathTemplate.compile("/version"), (req, p, v) -> version(req, settings));
        server.register(PathTemplate.compile("/ready"), (req, p, v) -> ready(req, camel));
        server.register(PathTemplate.compile("/metrics"), (req, p, v) -> metrics(req, camel));
    }

    private static void text(HttpServerRequest req, String body) {
        req.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end(body);
    }

    private static void version(HttpServerRequest req, HttpServerSettings settings) {
        String version = settings.getVersion();
        if (version.isEmpty()) {
            Package pkg = ServiceEndpoints.class.getPackage();
            version = pkg.getImplementationVersion() == null ? "snapshot" : pkg.getImplementationVersion();
        }
        ObjectNode node = JSON.createObjectNode().put("version", version).put("built", "");
        req.response().putHeader("Content-Type", "application/json").end(node.toString());
    }

    /**
     * 200 when every route (each input and the outputs it feeds) is started; otherwise 503. An http_server input is
     * connected as soon as its route runs, which is what Benthos reports too.
     */
    private static void ready(HttpServerRequest req, CamelContext camel) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode statuses = body.putArray("statuses");
        boolean allConnected = camel.getStatus() == ServiceStatus.Started;
        for (Route route : camel.getRoutes()) {
            boolean connected = camel.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started;
            allConnected &= connected;
            statuses.addObject().put("label", route.getRouteId()).put("path", route.getRouteId())
                    .put("connected", connected);
        }
        if (allConnected) {
            req.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(body.toString());
        } else {
            // Benthos sets Content-Type after writing the 503 status, so it is lost (§9.7)
            req.response().setStatusCode(503).end(Buffer.buffer(body.toString()));
        }
    }

    private static void metrics(HttpServerRequest req, CamelContext camel) {
        BenthosMetrics metrics = BenthosMetrics.installIn(camel);
        req.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .end(metrics.prometheusText());
    }

}
