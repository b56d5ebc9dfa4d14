package io.camelbenthos.camel;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.Map;

/**
 * Builds the URI of one of this project's Camel endpoints ({@code amqp09:}, {@code mqtt:}, {@code benthos-nats:},
 * {@code benthos-redis:}) from a Benthos config: values in {@code RAW(...)} so Camel leaves them untouched, options
 * equal to the endpoint's default left out, lists as indexed options ({@code x.0=a&x.1=b}, read back with
 * {@link PrefixedOptions}) and maps as keyed ones.
 *
 * @param <T> the concrete builder, so that chained calls keep its own methods
 */
public abstract class EndpointUriBuilder<T extends EndpointUriBuilder<T>> {
    private final StringBuilder uri;
    private final String plainPunctuation;
    private char separator = '?';

    /** @param name identifies the endpoint (the component's step id) */
    protected EndpointUriBuilder(String scheme, String name) {
        this(scheme, name, "-_.,:/#");
    }

    /**
     * @param plainPunctuation the characters besides letters and digits a value may hold and still go without
     *     {@code RAW(...)} (mqtt and nats keep {@code #}, a topic wildcard, in {@code RAW})
     */
    protected EndpointUriBuilder(String scheme, String name, String plainPunctuation) {
        this.uri = new StringBuilder(scheme).append(':').append(name);
        this.plainPunctuation = plainPunctuation;
    }

    /** This builder, as its own type. */
    protected abstract T self();

    public T option(String name, Object value) {
        uri.append(separator).append(name).append('=').append(raw(String.valueOf(value)));
        separator = '&';
        return self();
    }

    /** Adds the option only when it differs from the endpoint's default. */
    public T optionUnlessDefault(String name, Object value, Object defaultValue) {
        return value.equals(defaultValue) ? self() : option(name, value);
    }

    /** {@code prefix<key>=<value>} for each entry. */
    public T prefixed(String prefix, Map<String, String> values) {
        values.forEach((k, v) -> option(prefix + k, v));
        return self();
    }

    /** {@code prefix0=a&prefix1=b}. */
    public T indexed(String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            option(prefix + i, values.get(i));
        }
        return self();
    }

    /**
     * The options of Benthos's {@code tls} block ({@code tls}, {@code tlsSkipCertVerify}, {@code tlsRootCas[File]},
     * {@code tlsClientCert[File]}, {@code tlsClientKey[File]}) when it is enabled; one client certificate at most and
     * an unencrypted key, else a lint error.
     *
     * @param type the component, for the messages
     * @param keyFormat the key format the endpoint reads ({@code PKCS#8}, {@code PEM})
     */
    protected T tls(ComponentConfig tls, String type, String keyFormat) {
        if (!tls.bool("enabled")) {
            return self();
        }
        option("tls", true);
        optionUnlessDefault("tlsSkipCertVerify", tls.bool("skip_cert_verify"), false);
        optionUnlessDefault("tlsRootCas", tls.string("root_cas"), "");
        optionUnlessDefault("tlsRootCasFile", tls.string("root_cas_file"), "");
        List<ComponentConfig> certs = tls.objectList("client_certs");
        if (certs.size() > 1) {
            throw new ConfigException(tls.position("client_certs"),
                    type + ": a single client certificate is supported; " + certs.size() + " were given");
        }
        if (certs.size() == 1) {
            ComponentConfig cert = certs.get(0);
            if (!cert.string("password").isEmpty()) {
                throw new ConfigException(cert.position("password"),
                        type + ": encrypted client keys are not supported; give an unencrypted " + keyFormat + " key");
            }
            optionUnlessDefault("tlsClientCert", cert.string("cert"), "");
            optionUnlessDefault("tlsClientCertFile", cert.string("cert_file"), "");
            optionUnlessDefault("tlsClientKey", cert.string("key"), "");
            optionUnlessDefault("tlsClientKeyFile", cert.string("key_file"), "");
        }
        return self();
    }

    private String raw(String value) {
        boolean plain = !value.isEmpty()
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || plainPunctuation.indexOf(c) >= 0);
        return plain ? value : "RAW(" + value + ")";
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
