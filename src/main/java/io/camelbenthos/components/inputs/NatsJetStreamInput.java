package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;

/**
 * Benthos's {@code nats_jetstream} input (semantics: connectors §3.4): a {@code benthos-nats:jetstream} consumer
 * route; each message is acked at the server once its exchange completed and nacked (redelivered) when it failed.
 * At-least-once: a message not acked is redelivered after {@code ack_wait}.
 */
public final class NatsJetStreamInput extends NatsInputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats_jetstream", ComponentKind.INPUT, "stable",
            "Reads messages from NATS JetStream subjects.",
            NatsUri.around(
                    FieldSpec.of("queue", FieldType.STRING, null, "An optional queue group to consume as."),
                    FieldSpec.of("subject", FieldType.STRING, null, "A subject to consume from. Supports wildcards "
                            + "for consuming multiple subjects. Either a subject or stream must be specified."),
                    FieldSpec.of("durable", FieldType.STRING, null, "Preserve the state of your consumer under a "
                            + "durable name."),
                    FieldSpec.of("stream", FieldType.STRING, null, "A stream to consume from. Either a subject or "
                            + "stream must be specified."),
                    FieldSpec.of("bind", FieldType.BOOL, null, "Indicates that the subscription should use an "
                            + "existing consumer."),
                    FieldSpec.of("create_stream", FieldType.BOOL, false, "Create the stream when it does not exist.")
                            .asAdvanced(),
                    FieldSpec.of("deliver", FieldType.STRING, "all", "Determines which messages to deliver when "
                            + "consuming without a durable subscriber.")
                            .options("all", "last", "last_per_subject", "new"),
                    FieldSpec.of("ack_wait", FieldType.DURATION, "30s", "The maximum amount of time NATS server "
                            + "should wait for an ack from consumer.").asAdvanced(),
                    FieldSpec.of("max_ack_pending", FieldType.INT, 1024L, "The maximum number of outstanding acks to "
                            + "be allowed before consuming is halted.").asAdvanced(),
                    NatsUri.tracingField("extract_tracing_map")));

    public NatsJetStreamInput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        NatsUri uri = new NatsUri(NatsKind.JETSTREAM, name).connection(config);
        String subject = config.isSet("subject") ? config.string("subject") : "";
        String stream = config.isSet("stream") ? config.string("stream") : "";
        String durable = config.isSet("durable") ? config.string("durable") : "";
        boolean bind = config.isSet("bind") && config.bool("bind");
        if (subject.isEmpty() && stream.isEmpty()) {
            throw new ConfigException(config.position(), "subject and stream is empty");
        }
        if (config.isSet("queue") && !durable.isEmpty()) {
            throw new ConfigException(config.position("queue"), "both 'queue' and 'durable' can't be set simultaneously");
        }
        if (bind && stream.isEmpty() && durable.isEmpty()) {
            throw new ConfigException(config.position("bind"), "stream or durable is required, when bind is true");
        }
        if (!subject.isEmpty()) {
            uri.subject(config, "subject", "subject", true);
        }
        if (!stream.isEmpty()) {
            uri.option("stream", stream);
        }
        if (!durable.isEmpty()) {
            uri.option("durable", durable);
        }
        if (config.isSet("queue")) {
            uri.option("queue", config.string("queue"));
        }
        return uri.optionUnlessDefault("bind", bind, false)
                .optionUnlessDefault("createStream", config.bool("create_stream"), false)
                .optionUnlessDefault("deliver", config.string("deliver"), "all")
                .optionUnlessDefault("ackWait", config.duration("ack_wait").toMillis(), 30_000L)
                .optionUnlessDefault("maxAckPending", config.integer("max_ack_pending"), 1024L)
                .toString();
    }
}
