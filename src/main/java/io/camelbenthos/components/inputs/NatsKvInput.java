package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;

/**
 * Benthos's {@code nats_kv} input (semantics: connectors §3.6): a {@code benthos-nats:kv} consumer route watching a
 * bucket's keys; every update is a message with the {@code nats_kv_*} metadata. The ack does nothing at the server.
 */
public final class NatsKvInput extends NatsInputComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("nats_kv", ComponentKind.INPUT, "stable",
            "Watches for updates in a NATS key-value bucket.",
            NatsUri.around(
                    FieldSpec.required("bucket", FieldType.STRING, "The name of the KV bucket."),
                    FieldSpec.of("key", FieldType.STRING, ">", "Key to watch for updates, can include wildcards."),
                    FieldSpec.of("auto_replay_nacks", FieldType.BOOL, true, "Whether messages that are rejected "
                            + "(nacked) at the output level should be automatically replayed indefinitely."),
                    FieldSpec.of("ignore_deletes", FieldType.BOOL, false, "Do not send delete markers as messages."),
                    FieldSpec.of("include_history", FieldType.BOOL, false, "Include all the history per key, not "
                            + "just the last one."),
                    FieldSpec.of("meta_only", FieldType.BOOL, false, "Retrieve only the metadata of the entry")
                            .asAdvanced()));

    public NatsKvInput() {
        super(SPEC);
    }

    @Override
    String endpointUri(ComponentConfig config, String name) {
        NatsUri uri = new NatsUri(NatsKind.KV, name).connection(config);
        NatsUri.bucket(config);
        return uri.option("bucket", config.string("bucket"))
                .subject(config, "key", "key", true)
                .optionUnlessDefault("autoReplayNacks", config.bool("auto_replay_nacks"), true)
                .optionUnlessDefault("ignoreDeletes", config.bool("ignore_deletes"), false)
                .optionUnlessDefault("includeHistory", config.bool("include_history"), false)
                .optionUnlessDefault("metaOnly", config.bool("meta_only"), false)
                .toString();
    }
}
