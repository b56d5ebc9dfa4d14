package io.camelbenthos.amqp;

import io.camelbenthos.camel.ClientEndpointProbe;

/** The {@code /ready} probe of an amqp_0_9 input or output: the state its {@code amqp09} endpoint reports. */
public final class Amqp09Probe extends ClientEndpointProbe {
}
