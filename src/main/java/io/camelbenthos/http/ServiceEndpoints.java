package io.camelbenthos.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.BuildInfo;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.readiness.ComponentReadiness;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.Readiness;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;

/** The service endpoints of the shared server (semantics §9.7): {@code /ping}, {@code /version}, {@code /endpoints},
 * {@code /stats}, {@code /metrics} and {@code /ready}. */
final class ServiceEndpoints {
    private static final String METRICS_DESCRIPTION = "Exposes service-wide metrics in the format configured.";

    private ServiceEndpoints() {
    }

    /** Registered in Benthos's order (api.go, then the stream's /ready), with its descriptions. */
    static void register(BenthosServer server, CamelContext camel, HttpServerSettings settings) {
        server.register(PathTemplate.compile("/ping"), "Ping me.", (req, p, v) -> text(req, "pong"));
        server.register(PathTemplate.compile("/version"), "Returns the service version.",
                (req, p, v) -> text(req, version(settings)));
        server.register(PathTemplate.compile("/endpoints"), "Returns this map of endpoints.",
                (req, p, v) -> text(req, GoJson.encode(server.endpoints(), true)));
        // Benthos's exporters without an HTTP handler (none, logger) leave both paths unregistered: 404
        if (BenthosMetrics.installIn(camel).exporter().servesHttp()) {
            RequestHandler metrics = (req, p, v) -> metrics(req, camel);
            server.register(PathTemplate.compile("/stats"), METRICS_DESCRIPTION, metrics);
            server.register(PathTemplate.compile("/metrics"), METRICS_DESCRIPTION, metrics);
        }
        server.register(PathTemplate.compile("/ready"),
                "Returns 200 OK if all inputs and outputs are connected, otherwise a 503 is returned.",
                (req, p, v) -> ready(req, camel));
    }

    /** Go writes these bodies without a Content-Type, so net/http sniffs one: plain text for all of them. */
    private static void text(HttpServerRequest req, String body) {
        req.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end(body);
    }

    /** Benthos's hand-written JSON, space after the comma included: {@code {"version":"X", "built":"Y"}}. */
    private static String version(HttpServerSettings settings) {
        String version = settings.getVersion().isEmpty() ? BuildInfo.version() : settings.getVersion();
        // Go's %v: the values go in verbatim, unescaped
        return "{\"version\":\"" + version + "\", \"built\":\"" + BuildInfo.built() + "\"}";
    }

    /**
     * Benthos's stream health check: 200 when every input and output is connected, otherwise 503 (also once the
     * stream has ended, with "stream terminated"). The body is Go's {@code json.Encoder} output, newline included.
     * Contexts without Benthos streams (plain Camel routes) report their routes instead.
     */
    private static void ready(HttpServerRequest req, CamelContext camel) {
        Readiness readiness = Readiness.find(camel);
        if (readiness == null || readiness.isEmpty()) {
            routesReady(req, camel);
            return;
        }
        Readiness.Report report = readiness.report();
        StringBuilder body = new StringBuilder("{");
        if (report.terminated()) {
            body.append("\"error\":");
            GoJson.writeString(body, "stream terminated", true);
            body.append(',');
        }
        body.append("\"statuses\":");
        if (report.components().isEmpty()) {
            body.append("null"); // Go's nil slice
        } else {
            body.append('[');
            for (int i = 0; i < report.components().size(); i++) {
                ComponentReadiness c = report.components().get(i);
                ConnectionState state = report.states().get(i);
                body.append(i == 0 ? "{" : ",{").append("\"label\":");
                GoJson.writeString(body, c.label(), true);
                body.append(",\"path\":");
                GoJson.writeString(body, c.path(), true);
                body.append(",\"connected\":").append(state.connected());
                if (state.error() != null && !state.error().isEmpty()) {
                    body.append(",\"error\":");
                    GoJson.writeString(body, state.error(), true);
                }
                body.append('}');
            }
            body.append(']');
        }
        body.append("}\n");
        answerReady(req, !report.terminated() && report.allConnected(), body.toString());
    }

    private static void answerReady(HttpServerRequest req, boolean ready, String body) {
        if (ready) {
            req.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(body);
        } else {
            // Benthos sets Content-Type after writing the 503 status, so Go sniffs the JSON as plain text (§9.7)
            req.response().setStatusCode(503).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end(Buffer.buffer(body));
        }
    }

    /** Plain Camel routes: one status per route, connected while it is started. */
    private static void routesReady(HttpServerRequest req, CamelContext camel) {
        // A node factory, not an ObjectMapper: this class loads with the server, and a mapper would add Jackson's
        // databind set-up (hundreds of classes) to every start for an endpoint that may never be called
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode statuses = body.putArray("statuses");
        boolean allConnected = camel.getStatus() == ServiceStatus.Started;
        for (Route route : camel.getRoutes()) {
            boolean connected = camel.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started;
            allConnected &= connected;
            statuses.addObject().put("label", route.getRouteId()).put("path", route.getRouteId())
                    .put("connected", connected);
        }
        answerReady(req, allConnected, body + "\n");
    }

    private static void metrics(HttpServerRequest req, CamelContext camel) {
        BenthosMetrics metrics = BenthosMetrics.installIn(camel);
        req.response().putHeader("Content-Type", metrics.exporter().contentType()).end(metrics.render());
    }

}
