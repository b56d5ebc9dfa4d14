package io.camelbenthos.kafka;

import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code benthos-kafka} Camel component: Benthos's Kafka inputs ({@code kafka}, {@code kafka_franz},
 * {@code redpanda}) as a Camel consumer on the Kafka client. camel-kafka's own consumer hands records to the route one
 * at a time and cannot assign explicit partitions; Benthos's inputs keep up to {@code checkpoint_limit} messages of a
 * partition in flight and commit only the acked prefix, which needs the client directly.
 *
 * <p>URI: {@code benthos-kafka:<topics, comma-separated>?brokers=...}; see {@link BenthosKafkaEndpoint} for the
 * options. The connection options (TLS, SASL, {@code additionalProperties.*}) are camel-kafka's, as the {@code kafka}
 * output writes them, and are turned into client properties by camel-kafka's {@link KafkaConfiguration}.
 */
@Component("benthos-kafka")
public class BenthosKafkaComponent extends DefaultComponent {
    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BenthosKafkaEndpoint endpoint = new BenthosKafkaEndpoint(uri, this);
        endpoint.setTopics(remaining);
        setProperties(endpoint, parameters);
        KafkaConfiguration connection = new KafkaConfiguration();
        connection.setAdditionalProperties(PropertiesHelper.extractProperties(parameters, "additionalProperties."));
        // what is left are camel-kafka's connection options; anything else stays and is reported as unknown
        PropertyBindingSupport.build().withCamelContext(getCamelContext()).withTarget(connection)
                .withProperties(parameters).withRemoveParameters(true).withIgnoreCase(true).bind();
        endpoint.setConnectionSettings(connection);
        return endpoint;
    }
}
