package io.camelbenthos.http;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service-wide HTTP server of the top-level {@code http} block (semantics §1.2, §9.7), held for a whole run so that
 * {@code /ping}, {@code /ready}, {@code /metrics} and the other service endpoints answer whether or not an input uses
 * the server, as in Benthos. http_server inputs with an empty {@code address} share it.
 */
public final class ServiceWideServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceWideServer.class);
    private final BenthosHttpComponent component;
    private BenthosServer server;

    private ServiceWideServer(BenthosHttpComponent component, BenthosServer server) {
        this.component = component;
        this.server = server;
    }

    /**
     * Binds the server (or joins the one the inputs already bound). A bind failure is logged and the run goes on
     * without it, as Benthos's service-wide server does; {@code http.enabled: false} binds nothing.
     */
    public static ServiceWideServer start(CamelContext camel, HttpServerSettings settings) {
        BenthosHttpComponent component = camel.getComponent("benthos-http", BenthosHttpComponent.class);
        BenthosServer server = null;
        try {
            server = acquire(component, camel, settings, ServerRegistry.Paths.NONE);
            if (server != null) {
                LOG.info("Listening for HTTP requests at: http://{}", settings.getAddress());
            }
        } catch (IllegalStateException e) {
            LOG.error("HTTP server error: {}", e.getMessage());
        }
        return new ServiceWideServer(component, server);
    }

    /**
     * The shared server for these settings with {@code paths} registered on it, bound with its service endpoints on
     * first use; null when {@code http.enabled} is false (Benthos's server then never listens).
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    static BenthosServer acquire(BenthosHttpComponent component, CamelContext camel, HttpServerSettings settings,
                                 ServerRegistry.Paths paths) {
        if (!settings.isEnabled()) {
            return null;
        }
        CorsPolicy cors = settings.isCorsEnabled() ? new CorsPolicy(settings.getCorsAllowedOrigins()) : null;
        BasicAuth auth = BasicAuth.from(settings);
        BenthosServer.ListenOptions options = new BenthosServer.ListenOptions(
                settings.getCertFile(), settings.getKeyFile(), false, false);
        VertxPlatformHttpRouter platform = applicationServer(camel);
        return component.servers().acquire(component.vertx(), settings.getAddress(),
                () -> {
                    BenthosServer server = new BenthosServer(settings.getAddress(), cors, auth,
                            settings.getRootPath(), true, component.startupGate());
                    return platform == null ? server : server.mountOn(platform);
                },
                options, s -> ServiceEndpoints.register(s, camel, settings), paths);
    }

    /**
     * The main server of an application that serves HTTP through camel-platform-http-vertx (Camel Main with
     * {@code camel.server.enabled=true} and camel-platform-http-main): the shared server's paths are mounted on it,
     * one port for the application and its pipelines. Null on the command line, which keeps its own server.
     */
    static VertxPlatformHttpRouter applicationServer(CamelContext camel) {
        for (VertxPlatformHttpRouter router : camel.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            if (router.isMainServer()) {
                return router;
            }
        }
        return null;
    }

    /** The bound server, or null when {@code http.enabled} is false or the address could not be bound. */
    public synchronized BenthosServer server() {
        return server;
    }

    /** Lets go of the server; it closes once no input uses it either. Call before the Camel context stops. */
    @Override
    public synchronized void close() {
        if (server != null) {
            component.servers().release(server);
            server = null;
        }
    }
}
