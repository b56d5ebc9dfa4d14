package io.camelbenthos.amqp;

import io.camelbenthos.components.TlsField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code amqp09:} endpoint URIs from an amqp_0_9 config; values go in {@code RAW(...)} so Camel leaves them
 * untouched, options equal to the endpoint's default are left out.
 */
public final class Amqp09Uri {
    private final StringBuilder uri = new StringBuilder("amqp09:");
    private char separator = '?';

    /** @param name identifies the endpoint (the component's step id) */
    public Amqp09Uri(String name) {
        uri.append(name);
    }

    /** The fields both the input and the output have: {@code urls} and {@code tls}. */
    public Amqp09Uri connection(ComponentConfig config) {
        List<String> urls = AmqpDialer.expand(config.stringList("urls"));
        if (urls.isEmpty()) {
            throw new ConfigException(config.position("urls"), "must specify at least one URL");
        }
        option("urls", String.join(",", urls));
        TlsField.toUriOptions(config.object("tls"), "amqp_0_9", this::option);
        return this;
    }

    public Amqp09Uri option(String name, Object value) {
        uri.append(separator).append(name).append('=').append(raw(String.valueOf(value)));
        separator = '&';
        return this;
    }

    /** Adds the option only when it differs from the endpoint's default. */
    public Amqp09Uri optionUnlessDefault(String name, Object value, Object defaultValue) {
        return value.equals(defaultValue) ? this : option(name, value);
    }

    public Amqp09Uri prefixed(String prefix, Map<String, String> values) {
        values.forEach((k, v) -> option(prefix + k, v));
        return this;
    }

    public Amqp09Uri indexed(String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            option(prefix + i, values.get(i));
        }
        return this;
    }

    private static String raw(String value) {
        boolean plain = !value.isEmpty()
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.,:/#".indexOf(c) >= 0);
        return plain ? value : "RAW(" + value + ")";
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
