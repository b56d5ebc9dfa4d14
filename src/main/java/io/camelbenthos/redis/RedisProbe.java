package io.camelbenthos.redis;

import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import org.apache.camel.CamelContext;

/**
 * The {@code /ready} probe of a redis input or output: the state its {@code benthos-redis} endpoint reports. The
 * component creates it and, translating, tells it the endpoint URI.
 */
public final class RedisProbe implements ConnectionProbe {
    private volatile String endpointUri;
    private volatile BenthosRedisEndpoint endpoint;

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    @Override
    public void start(CamelContext camel) {
        String uri = endpointUri;
        endpoint = uri == null ? null : camel.getEndpoint(uri, BenthosRedisEndpoint.class);
    }

    @Override
    public void stop() {
        endpoint = null;
    }

    @Override
    public ConnectionState state() {
        BenthosRedisEndpoint e = endpoint;
        return e == null ? ConnectionState.PENDING : e.connectionState();
    }
}
