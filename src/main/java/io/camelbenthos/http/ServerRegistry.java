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
     * Returns the server on {@code address}, creating and binding it with {@code factory} when none runs yet.
     * Binding failures propagate, failing the consumer's start.
     */
    synchronized BenthosServer acquire(Vertx vertx, String address, Supplier<BenthosServer> factory,
                                       BenthosServer.ListenOptions options, ServerSetup setup) {
        BenthosServer server = servers.get(address);
        if (server == null) {
            server = factory.get();
            server.listen(vertx, options);
            setup.onCreated(server);
            servers.put(address, server);
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

    /** Work done once on a newly bound server, e.g. registering {@code /ping} on the shared one. */
    @FunctionalInterface
    interface ServerSetup {
        ServerSetup NONE = s -> { };

        void onCreated(BenthosServer server);
    }
}
