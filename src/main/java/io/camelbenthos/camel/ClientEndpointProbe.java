package io.camelbenthos.camel;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import org.apache.camel.CamelContext;

/**
 * The {@code /ready} probe of an input or output on one of this project's client components: the state its
 * {@link ClientEndpoint} reports. The component creates it and, translating, tells it the endpoint URI.
 */
public final class ClientEndpointProbe implements ConnectionProbe {
    private volatile String endpointUri;
    private volatile ClientEndpoint endpoint;

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void start(CamelContext camel) {
        String uri = endpointUri;
        endpoint = uri == null ? null : camel.getEndpoint(uri, ClientEndpoint.class);
    }

    @Override
    public void stop() {
        endpoint = null;
    }

    @Override
    public ConnectionState state() {
        ClientEndpoint e = endpoint;
        return e == null ? ConnectionState.PENDING : e.connectionState();
    }
}
