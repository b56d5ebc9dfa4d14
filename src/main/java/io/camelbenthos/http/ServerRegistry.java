package io.camelbenthos.http;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The servers of one {@link BenthosHttpComponent}, one per address, reference-counted: the first consumer on an
 * address binds it, the last one to stop closes it. Consumers acquire and release servers themselves, so the routes
 * work in any Camel application.
 *
 * <p>Acquiring and releasing hold the registry's lock, and the last release closes the listener before it lets go: a
 * consumer started while its address is closing (a route stopped and started again, a reloaded config) waits for the
 * close and then binds a fresh server, and consumers coming and going while others keep the address just swap their
 * paths on the running server.
 */
final class ServerRegistry {
    private final Map<String, BenthosServer> servers = new HashMap<>();

    /**
     * Returns the server on {@code address} with {@code paths} registered on it, creating it with {@code factory} and
     * {@code setup} when none runs yet. A new server listens only once both have registered their paths, so none of
     * them answers 404 for a moment. Binding failures propagate, failing the consumer's start.
     */
    synchronized BenthosServer acquire(Vertx vertx, String address, Supplier<BenthosServer> factory,
                                       BenthosServer.ListenOptions options, Paths setup, Paths paths) {
        BenthosServer server = servers.get(address);
        if (server == null) {
            server = factory.get();
            setup.registerOn(server);
            paths.registerOn(server);
            server.listen(vertx, options);
            servers.put(address, server);
        } else {
            paths.registerOn(server);
        }
        server.retain();
        return server;
    }

    /** Closes the server, and waits until it is closed, when {@code server}'s last consumer lets go of it. */
    synchronized void release(BenthosServer server) {
        if (server.release() == 0) {
            servers.remove(server.address());
            server.close();
        }
    }

    synchronized void closeAll() {
        servers.values().forEach(BenthosServer::close);
        servers.clear();
    }

    /** Paths put on a server: {@code /ping} and the other service endpoints on a new shared one, a consumer's own. */
    @FunctionalInterface
    interface Paths {
        Paths NONE = s -> { };

        void registerOn(BenthosServer server);
    }
}
