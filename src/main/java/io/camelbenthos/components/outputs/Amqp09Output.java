package io.camelbenthos.components.outputs;

import io.camelbenthos.amqp.Amqp09Uri;
import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TlsField;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code amqp_0_9} output (semantics: connectors §2.2) on the project's {@code amqp09} producer: one
 * publish per message in publisher-confirm mode, the message acked once the broker confirmed it. The producer is
 * asynchronous, so no pipeline thread waits for a confirm or for a reconnect.
 */
public final class Amqp09Output implements OutputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("amqp_0_9", ComponentKind.OUTPUT, "stable",
            "Sends messages to an AMQP (0.91) exchange. AMQP is a messaging protocol used by various message "
                    + "brokers, including RabbitMQ.",
            List.of(
                    FieldSpec.required("urls", FieldType.STRING_LIST,
                            "URLs to connect to. The first to connect successfully is used until the connection closes."),
                    FieldSpec.required("exchange", FieldType.INTERPOLATED_STRING,
                            "An AMQP exchange to publish to."),
                    FieldSpec.object("exchange_declare", "Optionally declare the target exchange (passive).",
                            FieldSpec.of("enabled", FieldType.BOOL, false, "Whether to declare the exchange."),
                            FieldSpec.of("type", FieldType.STRING, "direct", "The type of the exchange.")
                                    .options("direct", "fanout", "topic", "headers", "x-custom"),
                            FieldSpec.of("durable", FieldType.BOOL, true, "Whether the exchange should be durable."),
                            FieldSpec.of("arguments", FieldType.STRING_MAP, null,
                                    "Optional arguments specific to the server's exchange implementation (sent as "
                                            + "strings).").asAdvanced()).asAdvanced(),
                    FieldSpec.of("key", FieldType.INTERPOLATED_STRING, "", "The binding key to set for each message."),
                    FieldSpec.of("type", FieldType.INTERPOLATED_STRING, "", "The type property to set for each message."),
                    FieldSpec.of("content_type", FieldType.INTERPOLATED_STRING, "application/octet-stream",
                            "The content type attribute to set for each message.").asAdvanced(),
                    FieldSpec.of("content_encoding", FieldType.INTERPOLATED_STRING, "",
                            "The content encoding attribute to set for each message.").asAdvanced(),
                    FieldSpec.of("correlation_id", FieldType.INTERPOLATED_STRING, "",
                            "Set the correlation ID of each message with a dynamic interpolated expression.").asAdvanced(),
                    FieldSpec.of("reply_to", FieldType.INTERPOLATED_STRING, "",
                            "Carries response queue name - set with a dynamic interpolated expression.").asAdvanced(),
                    FieldSpec.of("expiration", FieldType.INTERPOLATED_STRING, "",
                            "Set the per-message TTL").asAdvanced(),
                    FieldSpec.of("message_id", FieldType.INTERPOLATED_STRING, "",
                            "Set the message ID of each message with a dynamic interpolated expression.").asAdvanced(),
                    FieldSpec.of("user_id", FieldType.INTERPOLATED_STRING, "",
                            "Set the user ID to the name of the publisher.").asAdvanced(),
                    FieldSpec.of("app_id", FieldType.INTERPOLATED_STRING, "",
                            "Set the application ID of each message with a dynamic interpolated expression.").asAdvanced(),
                    FieldSpec.object("metadata", "Specify criteria for which metadata values are attached to messages "
                                    + "as headers.",
                            FieldSpec.of("exclude_prefixes", FieldType.STRING_LIST, List.of(),
                                    "Provide a list of explicit metadata key prefixes to be excluded when adding "
                                            + "metadata to sent messages.")),
                    FieldSpec.of("priority", FieldType.INTERPOLATED_STRING, "",
                            "Set the priority of each message with a dynamic interpolated expression.").asAdvanced(),
                    FieldSpec.of("max_in_flight", FieldType.INT, 64L,
                            "The maximum number of messages to have in flight at a given time."),
                    FieldSpec.of("persistent", FieldType.BOOL, false,
                            "Whether message delivery should be persistent (transient by default).").asAdvanced(),
                    FieldSpec.of("mandatory", FieldType.BOOL, false,
                            "Whether to set the mandatory flag on published messages.").asAdvanced(),
                    FieldSpec.of("immediate", FieldType.BOOL, false,
                            "Whether to set the immediate flag on published messages.").asAdvanced(),
                    FieldSpec.of("timeout", FieldType.DURATION, "",
                            "The maximum period to wait before abandoning it and reattempting; as in Benthos it "
                                    + "bounds only the publish call, never the wait for the confirm.").asAdvanced(),
                    TlsField.spec("Not supported: give an unencrypted PKCS#8 key.")))
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
        Amqp09Uri uri = new Amqp09Uri(name).connection(config).option("exchange", config.string("exchange"));
        uri.optionUnlessDefault("key", config.string("key"), "")
                .optionUnlessDefault("type", config.string("type"), "")
                .optionUnlessDefault("contentType", config.string("content_type"), "application/octet-stream")
                .optionUnlessDefault("contentEncoding", config.string("content_encoding"), "")
                .optionUnlessDefault("correlationId", config.string("correlation_id"), "")
                .optionUnlessDefault("replyTo", config.string("reply_to"), "")
                .optionUnlessDefault("expiration", config.string("expiration"), "")
                .optionUnlessDefault("messageId", config.string("message_id"), "")
                .optionUnlessDefault("userId", config.string("user_id"), "")
                .optionUnlessDefault("appId", config.string("app_id"), "")
                .optionUnlessDefault("priority", config.string("priority"), "")
                .optionUnlessDefault("maxInFlight", config.integer("max_in_flight"), 64L)
                .optionUnlessDefault("persistent", config.bool("persistent"), false)
                .optionUnlessDefault("mandatory", config.bool("mandatory"), false)
                .optionUnlessDefault("immediate", config.bool("immediate"), false)
                .optionUnlessDefault("timeout", config.duration("timeout").toMillis(), 0L)
                .indexed("metadataExclude.", config.object("metadata").stringList("exclude_prefixes"));
        ComponentConfig declare = config.object("exchange_declare");
        if (declare.bool("enabled")) {
            uri.option("exchangeDeclare", true)
                    .optionUnlessDefault("exchangeType", declare.string("type"), "direct")
                    .optionUnlessDefault("exchangeDurable", declare.bool("durable"), true)
                    .prefixed("exchangeArgument.", declare.stringMap("arguments"));
        }
        return uri.toString();
    }
}
