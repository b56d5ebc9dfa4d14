package io.camelbenthos.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.http.BenthosMetrics;
import io.camelbenthos.http.BenthosServer;
import io.camelbenthos.http.PathTemplate;
import io.camelbenthos.readiness.Readiness;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams mode's REST API on the service-wide server (processors reference §22.4): {@code /streams},
 * {@code /streams/{id}}, {@code /streams/{id}/stats} and the streams-mode {@code /ready}, with Benthos's bodies and
 * status codes. Requests are answered off the event loop on one thread, so stream changes happen one at a time.
 */
public final class StreamsApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamManager manager;
    private final CamelContext camel;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "camel-benthos-streams-api");
        t.setDaemon(true);
        return t;
    });

    public StreamsApi(StreamManager manager, CamelContext camel) {
        this.manager = manager;
        this.camel = camel;
    }

    /** Registers {@code /ready} always, and the CRUD endpoints unless {@code crud} is false ({@code --no-api}). */
    public void register(BenthosServer server, boolean crud) {
        server.register(PathTemplate.compile("/ready"),
                "Returns 200 OK if the inputs and outputs of all running streams are connected, otherwise a 503 is returned.",
                (req, path, vars) -> ready(req));
        if (!crud) {
            return;
        }
        server.register(PathTemplate.compile("/streams"), "GET: List all streams along with their status and uptimes."
                + " POST: Post an object of stream ids to stream configs, all streams will be replaced by this new set.",
                (req, path, vars) -> withBody(req, body -> streams(req, body)));
        server.register(PathTemplate.compile("/streams/{id}"), "Perform CRUD operations on streams, supporting POST (Create),"
                + " GET (Read), PUT (Update), PATCH (Patch update) and DELETE (Delete).",
                (req, path, vars) -> withBody(req, body -> stream(req, vars.get("id"), body)));
        server.register(PathTemplate.compile("/resources/{type}/{id}"), "POST: Create or replace a resource (cache, input,"
                + " output, processor or rate_limit) shared by all streams.",
                (req, path, vars) -> withBody(req, body -> resource(req, vars.get("type"), vars.get("id"), body)));
        server.register(PathTemplate.compile("/streams/{id}/stats"), "GET a structured JSON object containing metrics for the stream.",
                (req, path, vars) -> worker.execute(() -> {
                    try {
                        stats(req, vars.get("id"));
                    } catch (JsonProcessingException e) {
                        error(req, 502, "Error: " + e.getMessage());
                    }
                }));
    }

    private interface BodyHandler {
        void handle(String body) throws Exception;
    }

    private void withBody(HttpServerRequest req, BodyHandler handler) {
        req.body().onComplete(read -> worker.execute(() -> {
            try {
                handler.handle(read.succeeded() ? read.result().toString() : "");
            } catch (Exception e) {
                LOG.error("streams API: {}", e.toString());
                error(req, 502, "Error: " + e.getMessage());
            }
        }));
    }

    private void ready(HttpServerRequest req) {
        List<String> down = Readiness.of(camel).notConnectedStreams();
        if (down.isEmpty()) {
            req.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end("OK");
        } else {
            error(req, 503, "streams " + String.join(", ", down) + " are not connected");
        }
    }

    private void streams(HttpServerRequest req, String body) throws Exception {
        boolean chilled = chilled(req);
        switch (req.method().name()) {
            case "GET" -> {
                Map<String, Object> out = new TreeMap<>();
                manager.list().forEach((id, info) -> out.put(id, status(info, false)));
                json(req, 200, out);
            }
            case "POST" -> {
                Object parsed;
                try {
                    parsed = StreamManager.plain(body);
                } catch (RuntimeException e) {
                    error(req, 400, "Error: " + e.getMessage());
                    return;
                }
                if (!(parsed instanceof Map<?, ?> map)) {
                    error(req, 400, "Error: expected an object of stream ids to stream configs");
                    return;
                }
                Map<String, String> configs = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    configs.put(String.valueOf(e.getKey()), JSON.writeValueAsString(e.getValue()));
                }
                try {
                    manager.replaceAll(configs, chilled);
                    ok(req);
                } catch (StreamManager.LintFailure f) {
                    lintErrors(req, f);
                }
            }
            default -> error(req, 400, "Error: method not supported");
        }
    }

    private void stream(HttpServerRequest req, String id, String body) throws Exception {
        boolean chilled = chilled(req);
        String method = req.method().name();
        try {
            switch (method) {
                case "POST" -> {
                    manager.create(id, body, chilled);
                    ok(req);
                }
                case "GET" -> json(req, 200, status(manager.info(id), true));
                case "PUT" -> {
                    manager.update(id, body, chilled);
                    ok(req);
                }
                case "PATCH" -> {
                    manager.patch(id, body);
                    ok(req);
                }
                case "DELETE" -> {
                    manager.delete(id);
                    ok(req);
                }
                default -> error(req, 400, "Error: verb not supported: " + method);
            }
        } catch (StreamManager.LintFailure f) {
            lintErrors(req, f);
        } catch (StreamManager.NotFound e) {
            error(req, 404, "Stream not found");
        } catch (StreamManager.AlreadyExists e) {
            error(req, 400, "Stream already exists");
        }
    }

    private void resource(HttpServerRequest req, String type, String id, String body) throws JsonProcessingException {
        if (!"POST".equals(req.method().name())) {
            error(req, 400, "Error: verb not supported: " + req.method().name());
            return;
        }
        try {
            manager.putResource(type, id, body, chilled(req));
            ok(req);
        } catch (IllegalArgumentException e) {
            error(req, 400, e.getMessage());
        } catch (StreamManager.LintFailure f) {
            lintErrors(req, f);
        }
    }

    private void stats(HttpServerRequest req, String id) throws JsonProcessingException {
        if (!"GET".equals(req.method().name())) {
            error(req, 400, "Error: verb not supported: " + req.method().name());
            return;
        }
        try {
            StreamManager.Info info = manager.info(id);
            Map<String, Object> out = new TreeMap<>(BenthosMetrics.installIn(camel).streamCounters(id));
            out.put("uptime_ns", info.uptime().toNanos());
            json(req, 200, out);
        } catch (StreamManager.NotFound e) {
            error(req, 404, "Stream not found");
        }
    }

    private static Map<String, Object> status(StreamManager.Info info, boolean withConfig) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("active", info.active());
        out.put("uptime", info.uptime().toNanos() / 1e9);
        out.put("uptime_str", GoDuration.format(info.uptime()));
        if (withConfig) {
            out.put("config", info.config());
        }
        return out;
    }

    private static boolean chilled(HttpServerRequest req) {
        return "true".equals(req.getParam("chilled"));
    }

    private static void ok(HttpServerRequest req) {
        req.response().setStatusCode(200).end();
    }

    private static void lintErrors(HttpServerRequest req, StreamManager.LintFailure f) throws JsonProcessingException {
        json(req, 400, Map.of("lint_errors", f.lints()));
    }

    private static void json(HttpServerRequest req, int status, Object body) throws JsonProcessingException {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(JSON.writeValueAsString(body));
    }

    /** Go's {@code http.Error}: plain text, the message and a line break. */
    private static void error(HttpServerRequest req, int status, String message) {
        req.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff").end(message + "\n");
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Go's {@code time.Duration.String()} for an uptime: {@code 1h2m3.5s}, {@code 1.25s}, {@code 350ms}. */
    static final class GoDuration {
        private GoDuration() {
        }

        static String format(Duration d) {
            long nanos = d.toNanos();
            if (nanos == 0) {
                return "0s";
            }
            if (nanos < 1_000L) {
                return nanos + "ns";
            }
            if (nanos < 1_000_000L) {
                return decimal(nanos, 3) + "µs";
            }
            if (nanos < 1_000_000_000L) {
                return decimal(nanos, 6) + "ms";
            }
            long hours = nanos / 3_600_000_000_000L;
            long minutes = nanos / 60_000_000_000L % 60;
            long secNanos = nanos % 60_000_000_000L;
            StringBuilder out = new StringBuilder();
            if (hours > 0) {
                out.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                out.append(minutes).append('m');
            }
            String seconds = String.format(java.util.Locale.ROOT, "%d.%09d", secNanos / 1_000_000_000L, secNanos % 1_000_000_000L);
            seconds = seconds.replaceAll("0+$", "").replaceAll("\\.$", "");
            return out.append(seconds).append('s').toString();
        }

        /** {@code nanos} divided by 10^digits, exact, without trailing zeros (Go prints every significant digit). */
        private static String decimal(long nanos, int digits) {
            return java.math.BigDecimal.valueOf(nanos).movePointLeft(digits).stripTrailingZeros().toPlainString();
        }
    }
}
