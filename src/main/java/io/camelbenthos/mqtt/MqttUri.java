package io.camelbenthos.mqtt;

import io.camelbenthos.camel.EndpointUriBuilder;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@code mqtt:} endpoint URIs from an mqtt input or output config, checking what Benthos would only find out
 * when connecting (a URL no client can dial, a QoS outside 0-2, a will without a topic) as lint errors at the field.
 * Values go in {@code RAW(...)} so Camel leaves them untouched; options equal to the endpoint's default are left out.
 */
public final class MqttUri extends EndpointUriBuilder<MqttUri> {
    /** @param name identifies the endpoint (the component's step id) */
    public MqttUri(String name) {
        super("mqtt", name, "-_.,:/");
    }

    @Override
    protected MqttUri self() {
        return this;
    }

    /** The client fields both the input and the output have. */
    public MqttUri client(ComponentConfig config) {
        List<String> urls = new ArrayList<>();
        for (String item : config.stringList("urls")) {
            Arrays.stream(item.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(urls::add);
        }
        if (urls.isEmpty()) {
            throw new ConfigException(config.position("urls"), "must specify at least one URL");
        }
        for (String url : urls) {
            try {
                MqttDialer.pahoUrl(url);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(config.position("urls"), e.getMessage());
            }
        }
        option("urls", String.join(",", urls));
        optionUnlessDefault("clientId", config.string("client_id"), "");
        if (config.isSet("dynamic_client_id_suffix")) {
            optionUnlessDefault("dynamicClientIdSuffix", config.string("dynamic_client_id_suffix"), "");
        }
        optionUnlessDefault("connectTimeout", config.duration("connect_timeout").toMillis(), 30_000L);
        ComponentConfig will = config.object("will");
        if (will.bool("enabled")) {
            if (will.string("topic").isEmpty()) {
                throw new ConfigException(will.position("topic"), "include topic to register a last will");
            }
            option("willEnabled", true).option("willTopic", will.string("topic"))
                    .option("willQos", qos(will, "qos"))
                    .optionUnlessDefault("willRetained", will.bool("retained"), false)
                    .optionUnlessDefault("willPayload", will.string("payload"), "");
        }
        optionUnlessDefault("user", config.string("user"), "");
        optionUnlessDefault("password", config.string("password"), "");
        optionUnlessDefault("keepalive", config.integer("keepalive"), 30L);
        return tls(config.object("tls"), "mqtt", "PKCS#8");
    }

    /** A QoS field: 0, 1 or 2. */
    public static long qos(ComponentConfig config, String field) {
        long qos = config.integer(field);
        if (qos < 0 || qos > 2) {
            throw new ConfigException(config.position(field), "invalid QoS " + qos + ": must be 0, 1 or 2");
        }
        return qos;
    }
}
