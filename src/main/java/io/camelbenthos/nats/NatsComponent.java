package io.camelbenthos.nats;

import io.camelbenthos.camel.IndexedOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code benthos-nats} Camel component: Benthos's nats, nats_jetstream and nats_kv inputs (consumers), outputs
 * and the nats_kv processor (producers) on NATS's Java client (camel-nats does not resolve at Camel 4.18.0).
 *
 * <p>URI: {@code benthos-nats:<kind>:<name>?urls=...&...}, kind {@code core}, {@code jetstream} or {@code kv}; the
 * name only identifies the endpoint (the translator uses the component's step id). See {@link NatsEndpoint} for the
 * options; map and list options are keyed or indexed: {@code header.<name>=...}, {@code metadataPrefix.0=...},
 * {@code metadataPattern.0=...}.
 */
@Component("benthos-nats")
public class NatsComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        int colon = remaining.indexOf(':');
        NatsEndpoint endpoint = new NatsEndpoint(uri, this);
        endpoint.setKind(NatsKind.ofUriName(colon < 0 ? remaining : remaining.substring(0, colon)));
        endpoint.setName(colon < 0 ? "" : remaining.substring(colon + 1));
        Map<String, String> headers = new LinkedHashMap<>();
        PropertiesHelper.extractProperties(parameters, "header.").forEach((k, v) -> headers.put(k, String.valueOf(v)));
        endpoint.setHeaders(headers);
        endpoint.setMetadataPrefixes(IndexedOptions.extract(parameters, "metadataPrefix."));
        endpoint.setMetadataPatterns(IndexedOptions.extract(parameters, "metadataPattern."));
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
