package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.mqtt.MqttFields;
import io.camelbenthos.mqtt.MqttUri;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;

/**
 * Benthos's {@code mqtt} input (semantics: connectors §5.2): an {@code mqtt} consumer route feeding the pipeline;
 * each message is acknowledged to the broker only once its exchange completed (unlike Benthos, see
 * {@link io.camelbenthos.mqtt.MqttConsumer}), a nacked one is replayed ({@code auto_replay_nacks}).
 */
public final class MqttInput implements InputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("mqtt", ComponentKind.INPUT, "stable",
            "Subscribe to topics on MQTT brokers.",
            MqttFields.client(
                    FieldSpec.required("topics", FieldType.STRING_LIST, "A list of topics to consume from."),
                    FieldSpec.of("qos", FieldType.INT, 1L, "The level of delivery guarantee to enforce. Has options "
                            + "0, 1, 2.").asAdvanced(),
                    FieldSpec.of("clean_session", FieldType.BOOL, true, "Set whether the connection is non-persistent.")
                            .asAdvanced(),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true,
                            "Whether messages that are rejected (nacked) at the output level should be automatically "
                                    + "replayed indefinitely, eventually resulting in back pressure if the cause of "
                                    + "the rejections is persistent. If set to `false` these messages will instead be "
                                    + "deleted.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        String id = context.stepId(null);
        ClientEndpointSteps.addInputRoute(endpointUri(config, id), id, config, context);
    }

    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }

    /** The consumer URI; {@code name} only identifies the endpoint. */
    static String endpointUri(ComponentConfig config, String name) {
        List<String> topics = config.stringList("topics");
        if (topics.isEmpty()) {
            throw new ConfigException(config.position("topics"), "mqtt: at least one topic is required");
        }
        return new MqttUri(name).client(config).indexed("topic.", topics)
                .optionUnlessDefault("qos", MqttUri.qos(config, "qos"), 1L)
                .optionUnlessDefault("cleanSession", config.bool("clean_session"), true)
                .optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true)
                .toString();
    }
}
