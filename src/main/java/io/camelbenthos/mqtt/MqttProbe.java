package io.camelbenthos.mqtt;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import org.apache.camel.CamelContext;

/**
 * The {@code /ready} probe of an mqtt input or output: the state its {@code mqtt} endpoint reports. The component
 * creates it and, translating, tells it the endpoint URI.
 */
public final class MqttProbe implements ConnectionProbe {
    private volatile String endpointUri;
    private volatile MqttEndpoint endpoint;

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void start(CamelContext camel) {
        String uri = endpointUri;
        endpoint = uri == null ? null : camel.getEndpoint(uri, MqttEndpoint.class);
    }

    @Override
    public void stop() {
        endpoint = null;
    }

    @Override
    public ConnectionState state() {
        MqttEndpoint e = endpoint;
        return e == null ? ConnectionState.PENDING : e.connectionState();
    }
}
