package io.camelbenthos.kafka;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;

/**
 * The franz components' {@code sasl} field: a list of mechanisms, tried in order by franz-go. The Java client takes
 * one, so a single entry is supported.
 */
final class FranzSasl {
    private FranzSasl() {
    }

    /** The single SASL entry, or null when there is none. */
    static ComponentConfig of(ComponentConfig connection) {
        if (!connection.isSet("sasl")) {
            return null;
        }
        List<ComponentConfig> entries = connection.objectList("sasl");
        if (entries.size() > 1) {
            throw new ConfigException(connection.position("sasl"),
                    connection.type() + ": only one sasl mechanism is supported; " + entries.size() + " were given");
        }
        if (entries.isEmpty()) {
            return null;
        }
        ComponentConfig sasl = entries.get(0);
        if (sasl.string("mechanism").equals("AWS_MSK_IAM")) {
            throw new ConfigException(sasl.position("mechanism"),
                    connection.type() + ": sasl mechanism AWS_MSK_IAM is not supported");
        }
        return sasl;
    }

    static String user(ComponentConfig connection) {
        ComponentConfig sasl = of(connection);
        return sasl == null ? "" : sasl.string("username");
    }
}
