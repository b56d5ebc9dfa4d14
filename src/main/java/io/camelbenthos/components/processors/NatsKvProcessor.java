package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.nats.NatsKind;
import io.camelbenthos.nats.NatsUri;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code nats_kv} processor (Redpanda Connect's processor_kv): one operation on a KV bucket per message,
 * run by the {@code benthos-nats:kv} producer with an {@code operation} ({@code KvOperationProducer}); a failure
 * flags the message and leaves it as it was.
 */
public final class NatsKvProcessor implements ProcessorComponent {
    static final List<String> OPERATIONS = List.of("get", "get_revision", "create", "put", "update", "delete", "purge",
            "history", "keys");
    private static final List<String> WITH_REVISION = List.of("get_revision", "update");
    private static final List<String> WITH_WILDCARDS = List.of("history", "keys");

    private static final ComponentSpec SPEC = new ComponentSpec("nats_kv", ComponentKind.PROCESSOR, "beta",
            "Perform operations on a NATS key-value bucket.",
            NatsUri.around(
                    FieldSpec.required("bucket", FieldType.STRING, "The name of the KV bucket."),
                    FieldSpec.required("operation", FieldType.STRING, "The operation to perform on the KV bucket.")
                            .options(OPERATIONS.toArray(String[]::new)),
                    FieldSpec.required("key", FieldType.INTERPOLATED_STRING, "The key for each message. Supports "
                            + "wildcards for the `history` and `keys` operations."),
                    FieldSpec.of("revision", FieldType.INTERPOLATED_STRING, null, "The revision of the key to operate "
                            + "on. Used for `get_revision` and `update` operations.").asAdvanced(),
                    FieldSpec.of("timeout", FieldType.DURATION, "5s", "The maximum period to wait on an operation "
                            + "before aborting and returning an error.").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String operation = config.string("operation");
        if (!OPERATIONS.contains(operation)) {
            throw new ConfigException(config.position("operation"), "invalid kv operation: " + operation);
        }
        if (config.string("key").isEmpty()) {
            throw new ConfigException(config.position("key"), "'key' must be set to a non-empty string");
        }
        boolean needsRevision = WITH_REVISION.contains(operation);
        if (needsRevision && !config.isSet("revision")) {
            throw new ConfigException(config.position("operation"),
                    "'revision' must be set when operation is '" + operation + "'");
        }
        if (!needsRevision && config.isSet("revision")) {
            throw new ConfigException(config.position("revision"),
                    "'revision' cannot be set when operation is '" + operation + "'");
        }
        String id = context.stepId(null);
        NatsUri.bucket(config);
        NatsUri uri = new NatsUri(NatsKind.KV, id).connection(config).option("bucket", config.string("bucket"))
                .option("operation", operation)
                .subject(config, "key", "key", WITH_WILDCARDS.contains(operation))
                .optionUnlessDefault("timeout", config.duration("timeout").toMillis(), 5000L);
        if (needsRevision) {
            uri.option("revision", config.string("revision"));
        }
        return tail.to(uri.toString()).id(id);
    }
}
