package io.camelbenthos.redis;

import io.camelbenthos.camel.PrefixedOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code benthos-redis} Camel component: Benthos's redis_list, redis_pubsub and redis_streams inputs (consumers)
 * and their outputs plus redis_hash (producers), on Lettuce.
 *
 * <p>URI: {@code benthos-redis:<name>?type=redis_list&url=...&...}; the name only identifies the endpoint. See
 * {@link BenthosRedisEndpoint} for the options; lists and maps are written as indexed or keyed options:
 * {@code channel.0=...}, {@code stream.0=...}, {@code metadataExclude.0=...}, {@code field.<name>=<interpolation>}
 * (fields keep their order by a numeric prefix: {@code field.0.<name>}).
 */
@Component("benthos-redis")
public class BenthosRedisComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BenthosRedisEndpoint endpoint = new BenthosRedisEndpoint(uri, this);
        endpoint.setName(remaining);
        endpoint.setChannels(PrefixedOptions.list(parameters, "channel."));
        endpoint.setStreams(PrefixedOptions.list(parameters, "stream."));
        endpoint.setMetadataExcludePrefixes(PrefixedOptions.list(parameters, "metadataExclude."));
        endpoint.setFields(orderedFields(PropertiesHelper.extractProperties(parameters, "field.")));
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** {@code field.0.name=v} entries in index order, as the map name to v. */
    private static Map<String, String> orderedFields(Map<String, Object> values) {
        Map<Integer, Map.Entry<String, String>> sorted = new TreeMap<>();
        values.forEach((k, v) -> {
            int dot = k.indexOf('.');
            sorted.put(Integer.parseInt(k.substring(0, dot)), Map.entry(k.substring(dot + 1), String.valueOf(v)));
        });
        Map<String, String> out = new LinkedHashMap<>();
        sorted.values().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
