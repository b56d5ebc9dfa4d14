package io.camelbenthos.amqp;

import io.camelbenthos.camel.EndpointUriBuilder;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;

/**
 * Builds {@code amqp09:} endpoint URIs from an amqp_0_9 config; values go in {@code RAW(...)} so Camel leaves them
 * untouched, options equal to the endpoint's default are left out.
 */
public final class Amqp09Uri extends EndpointUriBuilder<Amqp09Uri> {
    /** @param name identifies the endpoint (the component's step id) */
    public Amqp09Uri(String name) {
        super("amqp09", name);
    }

    @Override
    protected Amqp09Uri self() {
        return this;
    }

    /** The fields both the input and the output have: {@code urls} and {@code tls}. */
    public Amqp09Uri connection(ComponentConfig config) {
        List<String> urls = AmqpDialer.expand(config.stringList("urls"));
        if (urls.isEmpty()) {
            throw new ConfigException(config.position("urls"), "must specify at least one URL");
        }
        option("urls", String.join(",", urls));
        return tls(config.object("tls"), "amqp_0_9", "PKCS#8");
    }
}
