package io.camelbenthos.nats;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import org.apache.camel.CamelContext;

/**
 * The {@code /ready} probe of a NATS input, output or nats_kv processor: the state its {@code benthos-nats} endpoint
 * reports. The component creates it and, translating, tells it the endpoint URI.
 */
public final class NatsProbe implements ConnectionProbe {
    private volatile String endpointUri;
    private volatile NatsEndpoint endpoint;

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void start(CamelContext camel) {
        String uri = endpointUri;
        endpoint = uri == null ? null : camel.getEndpoint(uri, NatsEndpoint.class);
    }

    @Override
    public void stop() {
        endpoint = null;
    }

    @Override
    public ConnectionState state() {
        NatsEndpoint e = endpoint;
        return e == null ? ConnectionState.PENDING : e.connectionState();
    }
}
