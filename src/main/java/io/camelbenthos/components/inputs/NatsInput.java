package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;

/**
 * Benthos's {@code nats} input (semantics: connectors §3.2): a {@code benthos-nats:core} consumer route feeding the
 * pipeline; core NATS, so at-most-once. An acked message with a reply subject gets {@code +ACK} ({@code send_ack}); a
 * nack is replayed in memory, or with {@code auto_replay_nacks: false} answered {@code -NAK}.
 */
public final class NatsInput extends NatsInputComponent {
    /** nats.go's {@code DefaultSubPendingMsgsLimit}. */
    static final long PREFETCH_DEFAULT = 512L * 1024;

    private static final ComponentSpec SPEC = new ComponentSpec("nats", ComponentKind.INPUT, "stable",
            "Subscribe to a NATS subject.",
            NatsUri.around(
                    FieldSpec.required("subject", FieldType.STRING, "A subject to consume from. Supports wildcards "
                            + "for consuming multiple subjects. Either a subject or stream must be specified."),
                    FieldSpec.of("queue", FieldType.STRING, null, "An optional queue group to consume as."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected "
                            + "(nacked) at the output level should be automatically replayed indefinitely."),
                    FieldSpec.of("send_ack", FieldType.BOOL, true,
                            "Control whether ACKS are sent as a reply to each message. When enabled, these replies "
                                    + "are sent only once the data has been delivered to all outputs."),
                    FieldSpec.of("nak_delay", FieldType.DURATION, null, "An optional delay duration on redelivering a "
                            + "message when negatively acknowledged.").asAdvanced(),
                    FieldSpec.of("prefetch_count", FieldType.INT, PREFETCH_DEFAULT,
                            "The maximum number of messages to pull at a time.").asAdvanced(),
                    NatsUri.tracingField("extract_tracing_map")));

    public NatsInput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        NatsUri uri = new NatsUri(NatsKind.CORE, name).connection(config).subject(config, "subject", "subject", true);
        if (config.isSet("queue")) {
            uri.option("queue", config.string("queue"));
        }
        if (config.integer("prefetch_count") < 0) {
            throw new io.camelbenthos.config.ConfigException(config.position("prefetch_count"),
                    "prefetch count must be greater or equal to zero");
        }
        uri.optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true)
                .optionUnlessDefault("sendAck", config.bool("send_ack"), true)
                .optionUnlessDefault("prefetchCount", config.integer("prefetch_count"), PREFETCH_DEFAULT);
        if (config.isSet("nak_delay")) {
            uri.option("nakDelay", config.duration("nak_delay").toMillis());
        }
        return uri.toString();
    }
}
