package io.camelbenthos.nats;

import io.camelbenthos.camel.PrefixedOptions;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

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
        endpoint.setHeaders(PrefixedOptions.map(parameters, "header."));
        endpoint.setMetadataPrefixes(PrefixedOptions.list(parameters, "metadataPrefix."));
        endpoint.setMetadataPatterns(PrefixedOptions.list(parameters, "metadataPattern."));
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
