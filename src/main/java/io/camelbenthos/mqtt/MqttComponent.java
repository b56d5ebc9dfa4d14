package io.camelbenthos.mqtt;

import io.camelbenthos.camel.PrefixedOptions;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code mqtt} Camel component: Benthos's mqtt input (consumer) and output (producer) on Eclipse Paho's MQTT 3.1.1
 * client.
 *
 * <p>URI: {@code mqtt:<name>?urls=...&...}; the name only identifies the endpoint (the translator uses the
 * component's step id). See {@link MqttEndpoint} for the options; the consumer's topics are indexed options,
 * {@code topic.0=a/b&topic.1=c/#}, as a topic may hold a comma.
 */
@Component("mqtt")
public class MqttComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MqttEndpoint endpoint = new MqttEndpoint(uri, this);
        endpoint.setName(remaining);
        endpoint.setTopics(PrefixedOptions.list(parameters, "topic."));
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
