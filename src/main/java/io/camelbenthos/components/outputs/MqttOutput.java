package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.mqtt.MqttFields;
import io.camelbenthos.mqtt.MqttUri;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code mqtt} output (semantics: connectors §5.3) on the project's {@code mqtt} producer: one publish per
 * message, the message acked once the broker acknowledged it at the configured QoS. The producer is asynchronous, so
 * no pipeline thread waits for an acknowledgement or a reconnect.
 */
public final class MqttOutput implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("mqtt", ComponentKind.OUTPUT, "stable",
            "Pushes messages to an MQTT broker.",
            MqttFields.client(
                    FieldSpec.required("topic", FieldType.INTERPOLATED_STRING, "The topic to publish messages to."),
                    FieldSpec.of("qos", FieldType.INT, 1L, "The QoS value to set for each message. Has options 0, 1, 2."),
                    FieldSpec.of("write_timeout", FieldType.DURATION, "3s",
                            "The maximum amount of time to wait to write data before the attempt is abandoned; "
                                    + "handing a message to the client never blocks here, so it is accepted and "
                                    + "unused."),
                    FieldSpec.of("retained", FieldType.BOOL, false, "Set message as retained on the topic."),
                    FieldSpec.of("retained_interpolated", FieldType.INTERPOLATED_STRING, null,
                            "Override the value of `retained` with an interpolable value, this allows it to be "
                                    + "dynamically set based on message contents. The value must resolve to either "
                                    + "`true` or `false`.").asAdvanced(),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                            "The maximum number of messages to have in flight at a given time. Increase this to "
                                    + "improve throughput.")))
            .asNonBlocking(); // the producer hands each message over and returns: no step of it waits

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String id = context.stepId(null);
        return ClientEndpointSteps.appendOutput(endpointUri(config, id), id, tail, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }

    static String endpointUri(ComponentConfig config, String name) {
        return new MqttUri(name).client(config).option("topic", config.string("topic"))
                .optionUnlessDefault("qos", MqttUri.qos(config, "qos"), 1L)
                .optionUnlessDefault("writeTimeout", config.duration("write_timeout").toMillis(), 3_000L)
                .optionUnlessDefault("retained", config.bool("retained"), false)
                .optionUnlessDefault("retainedInterpolated",
                        config.isSet("retained_interpolated") ? config.string("retained_interpolated") : "", "")
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 64L)
                .toString();
    }
}
