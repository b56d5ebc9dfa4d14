package io.camelbenthos.readiness;

import org.apache.camel.CamelContext;

/**
 * How {@code /ready} learns whether one Benthos input or output is connected (semantics §9.7). Components without
 * a connection of their own (http_server, stdout, drop, sync_response, generate, ...) are always connected, as in
 * Benthos; components with a remote peer (a Kafka output) watch it from {@link #start} on.
 */
public interface ConnectionProbe {
    /** Always connected. */
    ConnectionProbe ALWAYS_CONNECTED = () -> ConnectionState.CONNECTED;

    /** Begins watching, once the Camel context (and so the component's endpoints) exists. */
    default void start(CamelContext camel) {
    }

    /** Stops watching, e.g. a background connection attempt. */
    default void stop() {
    }

    /** The current state; cheap, never blocks. */
    ConnectionState state();
}
