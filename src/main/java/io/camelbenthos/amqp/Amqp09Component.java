package io.camelbenthos.amqp;

import io.camelbenthos.camel.PrefixedOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code amqp09} Camel component: Benthos's amqp_0_9 input (consumer) and output (producer) on RabbitMQ's Java
 * client.
 *
 * <p>URI: {@code amqp09:<name>?urls=...&...}; the name only identifies the endpoint (the translator uses the
 * component's step id). See {@link Amqp09Endpoint} for the options; list and map options are written as indexed or
 * keyed options: {@code nackRejectPattern.0=...}, {@code bindingExchange.0=...&bindingKey.0=...},
 * {@code queueArgument.x-queue-type=quorum}, {@code exchangeArgument.<key>=...}, {@code metadataExclude.0=...}.
 */
@Component("amqp09")
public class Amqp09Component extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Amqp09Endpoint endpoint = new Amqp09Endpoint(uri, this);
        endpoint.setName(remaining);
        endpoint.setNackRejectPatterns(PrefixedOptions.list(parameters, "nackRejectPattern."));
        endpoint.setMetadataExcludePrefixes(PrefixedOptions.list(parameters, "metadataExclude."));
        List<String> exchanges = PrefixedOptions.list(parameters, "bindingExchange.");
        List<String> keys = PrefixedOptions.list(parameters, "bindingKey.");
        List<Amqp09Endpoint.Binding> bindings = new ArrayList<>();
        for (int i = 0; i < Math.max(exchanges.size(), keys.size()); i++) {
            bindings.add(new Amqp09Endpoint.Binding(i < exchanges.size() ? exchanges.get(i) : "",
                    i < keys.size() ? keys.get(i) : ""));
        }
        endpoint.setBindings(bindings);
        endpoint.setQueueArguments(PrefixedOptions.map(parameters, "queueArgument."));
        endpoint.setExchangeArguments(PrefixedOptions.map(parameters, "exchangeArgument."));
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
