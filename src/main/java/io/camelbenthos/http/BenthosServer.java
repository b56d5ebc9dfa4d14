package io.camelbenthos.http;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One listening Vert.x server (an address) and the paths registered on it: either the shared server of the top-level
 * {@code http} block or the dedicated server of an input with its own {@code address}.
 */
public final class BenthosServer {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    /** Answers the paths of stopped inputs on the shared server. */
    private static final RequestHandler STOPPED =
            (request, path, variables) -> GoHttp.error(request.response(), 503, "Service unavailable");
    /** Benthos's description of a stopped input's paths in {@code /endpoints}. */
    static final String DISABLED_DESCRIPTION = "Endpoint disabled.";
    /** Keys of listeners on a random port (Vert.x shares a random port between servers given the same negative one). */
    private static final AtomicInteger RANDOM_PORT_KEYS = new AtomicInteger();
    /** Where a mounted server's route sits on the application's router: before the application's own routes. */
    private static final int PLATFORM_ROUTE_ORDER = -500;
    private final String address;
    private final RouteTable routes = new RouteTable();
    /** What {@code /endpoints} lists: each registered path (without the root-path twin) and its description. */
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();
    private final CorsPolicy cors;
    private final BasicAuth basicAuth;
    /** Non-empty only on the shared server, where every path is also served under it (semantics §1.2). */
    private final String rootPath;
    private final boolean shared;
    /** Holds misses while the context starts or routes are added: the path may be about to be registered. */
    private final StartupGate gate;
    /** The listening servers, one per event loop used (see {@link #listen}). */
    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    /** The deployment of the servers' verticles; null when not listening. */
    private String deployment;
    private Vertx vertx;
    private int refCount;
    /** The application's platform-http router to mount on instead of listening ({@link #mountOn}); null: listen. */
    private VertxPlatformHttpRouter platform;
    /** This server's route on {@link #platform} while mounted. */
    private Route mounted;

    BenthosServer(String address, CorsPolicy cors, BasicAuth basicAuth, String rootPath, boolean shared,
                  StartupGate gate) {
        this.address = address;
        this.shared = shared;
        this.gate = gate;
        this.cors = cors;
        this.basicAuth = basicAuth;
        this.rootPath = rootPath == null ? "" : rootPath;
    }

    /**
     * Binds and waits for the result: Vert.x would only log a failed bind, and a route must fail to start instead.
     * Register the paths known so far first: the server answers from the moment it listens.
     */
    void listen(Vertx vertx, ListenOptions options) {
        if (platform != null) {
            mount();
            return;
        }
        this.vertx = vertx;
        HostPort hp = HostPort.parse(address);
        HttpServerOptions opts = new HttpServerOptions()
                .setCompressionSupported(true) // Benthos gzips any response when the client accepts it (§1.3)
                .setHttp2ClearTextEnabled(false) // Go's server does not upgrade plain-text connections to h2c
                // Go sets SO_REUSEADDR on every listener outside Windows, tcp.reuse_addr or not: a server closed and
                // bound again (a route stopped and started, a reloaded config) must not fail on connections it left
                // in TIME_WAIT.
                .setReuseAddress(options.reuseAddr() || !WINDOWS)
                .setReusePort(options.reusePort())
                // gorilla's Upgrader as Benthos builds it: no compression, and no read limit on a message
                .setPerMessageWebSocketCompressionSupported(false)
                .setPerFrameWebSocketCompressionSupported(false)
                .setMaxWebSocketFrameSize(Integer.MAX_VALUE)
                .setMaxWebSocketMessageSize(Integer.MAX_VALUE);
        if (!options.certFile().isEmpty() || !options.keyFile().isEmpty()) {
            opts.setSsl(true).setKeyCertOptions(new PemKeyCertOptions()
                    .setCertPath(options.certFile()).setKeyPath(options.keyFile()));
        }
        // One server per CPU, each deployed on an event loop of its own and sharing the listening socket (Vert.x hands
        // the connections out in turn), so requests use every core as Go's server does: a route that runs on the
        // event loop (BenthosHttpEndpoint eventLoop) is not held to one. Port 0 is shared as Vert.x shares random
        // ports: through a negative port, one per listener so that no other server joins it.
        int port = hp.port() == 0 ? -RANDOM_PORT_KEYS.incrementAndGet() : hp.port();
        DeploymentOptions instances = new DeploymentOptions()
                .setInstances(Runtime.getRuntime().availableProcessors());
        try {
            deployment = vertx.deployVerticle(() -> new Listener(opts, port, hp.host()), instances)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("failed to bind to address " + address + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Serve on the application's own HTTP server (camel-platform-http, {@code camel.server.enabled}) instead of a
     * listener of this server's: {@link #listen} then mounts the paths on its router. Set before it listens.
     */
    BenthosServer mountOn(VertxPlatformHttpRouter router) {
        this.platform = router;
        return this;
    }

    /**
     * One route in front of the application's routes: a request on a path of this server is handled exactly as on a
     * listener of its own (CORS, basic auth, the inputs' handlers); any other goes on to the application's routes.
     */
    private void mount() {
        vertx = platform.vertx();
        mounted = platform.route().order(PLATFORM_ROUTE_ORDER).handler(this::onRoutedRequest);
    }

    private void onRoutedRequest(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (routes.find(PathDecoding.decode(request.path())) == null) {
            context.next();
            return;
        }
        onRequest(request);
        request.resume(); // the router pauses a request until a handler reads it; ours has set its body handler
    }

    /** One of the servers of {@link #listen}, on the event loop of its deployment. */
    private final class Listener extends AbstractVerticle {
        private final HttpServerOptions options;
        private final int port;
        private final String host;

        Listener(HttpServerOptions options, int port, String host) {
            this.options = options;
            this.port = port;
            this.host = host;
        }

        @Override
        public void start(Promise<Void> started) {
            vertx.createHttpServer(options).requestHandler(BenthosServer.this::onRequest).listen(port, host)
                    .onSuccess(server -> {
                        servers.add(server);
                        started.complete();
                    })
                    .onFailure(started::fail);
        }
    }

    /** The bound port (useful when the address asked for port 0); the application's when mounted on its server. */
    public int port() {
        return platform != null ? platform.getServer().getPort() : servers.get(0).actualPort();
    }

    public String address() {
        return address;
    }

    /**
     * Registers the path (and its root-path twin on the shared server) with the description {@code /endpoints}
     * shows; the last registration wins.
     */
    public void register(PathTemplate path, String description, RequestHandler handler) {
        descriptions.put(path.template(), description);
        routes.register(path, handler);
        if (!rootPath.isEmpty()) {
            routes.register(path.under(rootPath), handler);
        }
    }

    public void unregister(PathTemplate path, RequestHandler handler) {
        if (routes.unregister(path, handler)) {
            descriptions.remove(path.template());
        }
        if (!rootPath.isEmpty()) {
            routes.unregister(path.under(rootPath), handler);
        }
    }

    /**
     * Takes {@code handler} off its path as its input stops. On the shared server, which keeps serving other inputs,
     * the path then answers 503 "Service unavailable" until an input registers it again (semantics §1.9); a
     * dedicated server goes away with its input, so the path is simply removed.
     */
    void retire(PathTemplate path, RequestHandler handler) {
        if (!shared) {
            unregister(path, handler);
            return;
        }
        if (routes.replace(path, handler, STOPPED)) {
            descriptions.put(path.template(), DISABLED_DESCRIPTION);
        }
        if (!rootPath.isEmpty()) {
            routes.replace(path.under(rootPath), handler, STOPPED);
        }
    }

    /** Every registered path and its description, sorted by path as Go's JSON encoding of a map is. */
    Map<String, String> endpoints() {
        return new TreeMap<>(descriptions);
    }

    int retain() {
        return ++refCount;
    }

    int release() {
        return --refCount;
    }

    void close() {
        if (mounted != null) {
            mounted.remove();
            mounted = null;
        }
        if (deployment != null) {
            // Undeploying closes the servers, and completes once they are closed.
            vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
            deployment = null;
            servers.clear();
        }
    }

    private void onRequest(HttpServerRequest request) {
        if (cors != null && cors.apply(request)) {
            return;
        }
        route(request);
    }

    private void route(HttpServerRequest request) {
        String path = PathDecoding.decode(request.path());
        RouteTable.Match match = routes.find(path);
        if (match == null) {
            if (gate.hold(request, this::route)) {
                return; // an input may be registering this path right now: answer once it has
            }
            // gorilla's NotFound: basic auth only wraps registered endpoints, so a miss is a 404 either way
            GoHttp.error(request.response(), 404, "404 page not found");
            return;
        }
        if (basicAuth == null) {
            match.handler().handle(request, path, match.variables());
        } else {
            basicAuth.check(vertx, request, () -> match.handler().handle(request, path, match.variables()));
        }
    }

    /** How the server listens, fixed by the first consumer that creates it. */
    public record ListenOptions(String certFile, String keyFile, boolean reuseAddr, boolean reusePort) {
        static final ListenOptions PLAIN = new ListenOptions("", "", false, false);
    }
}
