package io.camelbenthos.amqp;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import org.apache.camel.CamelContext;

/**
 * The {@code /ready} probe of an amqp_0_9 input or output: the state its {@code amqp09} endpoint reports. The
 * component creates it and, translating, tells it the endpoint URI.
 */
public final class Amqp09Probe implements ConnectionProbe {
    private volatile String endpointUri;
    private volatile Amqp09Endpoint endpoint;

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void start(CamelContext camel) {
        String uri = endpointUri;
        endpoint = uri == null ? null : camel.getEndpoint(uri, Amqp09Endpoint.class);
    }

    @Override
    public void stop() {
        endpoint = null;
    }

    @Override
    public ConnectionState state() {
        Amqp09Endpoint e = endpoint;
        return e == null ? ConnectionState.PENDING : e.connectionState();
    }
}
