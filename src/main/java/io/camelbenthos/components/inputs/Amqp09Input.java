package io.camelbenthos.components.inputs;

import io.camelbenthos.amqp.Amqp09Uri;
import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.ArrayList;
import java.util.List;

/**
 * Benthos's {@code amqp_0_9} input (semantics: connectors §2.1): an {@code amqp09} consumer route feeding the
 * pipeline; each delivery is acked once its exchange completed and nacked (requeued, or dropped when the error
 * matches {@code nack_reject_patterns}) when it failed.
 */
public final class Amqp09Input implements InputComponent {
    private static final ComponentSpec SPEC = ComponentSpec.of("amqp_0_9", ComponentKind.INPUT,
            "Connects to an AMQP (0.91) queue. AMQP is a messaging protocol used by various message brokers, "
                    + "including RabbitMQ.",
            FieldSpec.required("urls", FieldType.STRING_LIST,
                    "URLs to connect to. The first to connect successfully is used until the connection closes."),
            FieldSpec.required("queue", FieldType.STRING, "An AMQP queue to consume from."),
            FieldSpec.object("queue_declare",
                    "Passively declare the target queue, verifying an existing queue matches the target fields.",
                    FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to enable queue declaration."),
                    FieldSpec.of("durable", FieldType.BOOL, true, "Whether the declared queue is durable."),
                    FieldSpec.of("auto_delete", FieldType.BOOL, false, "Whether the declared queue will auto-delete."),
                    FieldSpec.of("arguments", FieldType.STRING_MAP, null,
                            "Optional arguments specific to the server's queue implementation (sent as strings).")
                            .asAdvanced()).asAdvanced(),
            FieldSpec.objectList("bindings_declare", "Allows you to passively declare bindings for the target queue.",
                    FieldSpec.of("exchange", FieldType.STRING, "", "The exchange of the declared binding."),
                    FieldSpec.of("key", FieldType.STRING, "", "The key of the declared binding.")).asAdvanced(),
            FieldSpec.of("consumer_tag", FieldType.STRING, "", "A consumer tag."),
            FieldSpec.of("auto_ack", FieldType.BOOL, false,
                    "Acknowledge messages as they are consumed rather than waiting for downstream acknowledgements.")
                    .asAdvanced(),
            FieldSpec.of("nack_reject_patterns", FieldType.STRING_LIST, List.of(),
                    "Regular expressions matching delivery errors that should be dropped rather than retried.")
                    .asAdvanced(),
            FieldSpec.of("prefetch_count", FieldType.INT, 10L,
                    "The maximum number of pending messages to have consumed at a time."),
            FieldSpec.of("prefetch_size", FieldType.INT, 0L,
                    "The maximum amount of pending messages measured in bytes to have consumed at a time.")
                    .asAdvanced(),
            TlsField.spec("Not supported: give an unencrypted PKCS#8 key."));

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
        Amqp09Uri uri = new Amqp09Uri(name).connection(config).option("queue", config.string("queue"));
        uri.optionUnlessDefault("consumerTag", config.string("consumer_tag"), "")
                .optionUnlessDefault("prefetchCount", config.integer("prefetch_count"), 10L)
                .optionUnlessDefault("prefetchSize", config.integer("prefetch_size"), 0L)
                .optionUnlessDefault("autoAck", config.bool("auto_ack"), false);
        List<String> patterns = config.stringList("nack_reject_patterns");
        for (String p : patterns) {
            try {
                com.google.re2j.Pattern.compile(p);
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new ConfigException(config.position("nack_reject_patterns"),
                        "compiling nack reject pattern: " + e.getMessage());
            }
        }
        uri.indexed("nackRejectPattern.", patterns);
        ComponentConfig declare = config.object("queue_declare");
        if (declare.bool("enabled")) {
            uri.option("queueDeclare", true)
                    .optionUnlessDefault("queueDurable", declare.bool("durable"), true)
                    .optionUnlessDefault("queueAutoDelete", declare.bool("auto_delete"), false)
                    .prefixed("queueArgument.", declare.stringMap("arguments"));
        }
        List<String> exchanges = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (ComponentConfig b : config.objectList("bindings_declare")) {
            exchanges.add(b.string("exchange"));
            keys.add(b.string("key"));
        }
        uri.indexed("bindingExchange.", exchanges).indexed("bindingKey.", keys);
        return uri.toString();
    }
}
