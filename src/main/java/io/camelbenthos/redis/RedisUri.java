package io.camelbenthos.redis;

import io.camelbenthos.camel.ClientTls;
import io.camelbenthos.camel.EndpointUriBuilder;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client fields of the redis components (connectors reference §4.1) and the {@code benthos-redis:} endpoint URI
 * built from a config: values in {@code RAW(...)} so Camel leaves them untouched, options equal to the endpoint's
 * default left out. Bad client fields (a URL that does not parse, {@code failover} without {@code master}) are lint
 * errors here.
 */
public final class RedisUri extends EndpointUriBuilder<RedisUri> {

    /** The client fields, in Benthos's order, followed by the component's own. */
    public static List<FieldSpec> withClientFields(FieldSpec... own) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                FieldSpec.required("url", FieldType.STRING, "The URL of the target Redis server. Database is "
                        + "optional and is supplied as the URL path."),
                FieldSpec.of("kind", FieldType.STRING, "simple", "Specifies a simple, cluster-aware, or failover-aware "
                        + "redis client.").options("simple", "cluster", "failover").asAdvanced(),
                FieldSpec.of("master", FieldType.STRING, "", "Name of the redis master when `kind` is `failover`")
                        .asAdvanced(),
                FieldSpec.of("client_name", FieldType.STRING, "redpanda-connect",
                        "The client name the server shows for this connection.").asAdvanced(),
                TlsField.spec("Not supported: give an unencrypted PEM key.")));
        fields.addAll(List.of(own));
        return fields;
    }

    /**
     * @param name identifies the endpoint (the component's step id)
     * @param type the Benthos component ({@code redis_list}, ...)
     */
    public RedisUri(String name, String type) {
        super("benthos-redis", name);
        option("type", type);
    }

    @Override
    protected RedisUri self() {
        return this;
    }

    /** The client fields of {@code config}; a bad URL or kind is a lint error. */
    public RedisUri client(ComponentConfig config) {
        String url = config.string("url");
        String kind = config.string("kind");
        String master = config.string("master");
        try {
            new RedisClientSettings(url, kind, master, "", ClientTls.DISABLED).validate();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position(master.isEmpty() && "failover".equals(kind) ? "master" : "url"),
                    e.getMessage());
        }
        option("url", url);
        optionUnlessDefault("kind", kind, "simple");
        optionUnlessDefault("master", master, "");
        optionUnlessDefault("clientName", config.string("client_name"), "redpanda-connect");
        return tls(config.object("tls"), config.type(), "PEM");
    }

    /** {@code prefix0.k=v...}, keeping the map's order. */
    public RedisUri ordered(String prefix, Map<String, String> values) {
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            option(prefix + i++ + "." + e.getKey(), e.getValue());
        }
        return this;
    }
}
