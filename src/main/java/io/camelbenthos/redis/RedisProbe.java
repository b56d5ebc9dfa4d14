package io.camelbenthos.redis;

import io.camelbenthos.camel.ClientEndpointProbe;

/** The {@code /ready} probe of a redis input or output: the state its {@code benthos-redis} endpoint reports. */
public final class RedisProbe extends ClientEndpointProbe {
}
