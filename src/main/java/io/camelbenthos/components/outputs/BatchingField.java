package io.camelbenthos.components.outputs;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.Optional;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code batching} block outputs share (a Benthos batch policy) and its translation to a {@link BatchPolicyStep}. */
public final class BatchingField {
    private BatchingField() {
    }

    /** The field, with Benthos's defaults: a no-op policy. */
    public static FieldSpec spec(String description) {
        return FieldSpec.object("batching", description,
                FieldSpec.of("count", FieldType.INT, 0L, "Flush once the batch holds this many messages; 0 disables."),
                FieldSpec.of("byte_size", FieldType.INT, 0L, "Flush once the batch's contents reach this many bytes; 0 disables."),
                FieldSpec.of("period", FieldType.DURATION, null, "Flush an incomplete batch this long after the last flush."),
                FieldSpec.of("check", FieldType.BLOBLANG, "", "A query; flush when it returns true for the message just added."),
                new FieldSpec("processors", FieldType.PROCESSOR_LIST, null, false, false,
                        "Not supported; rejected when set.", List.of(), List.of()));
    }

    /**
     * Appends the batching step of {@code config}'s {@code batching} block to {@code tail}; a no-op policy adds nothing.
     *
     * @throws ConfigException when the block asks for batch processors, which are not supported
     */
    public static ProcessorDefinition<?> append(ComponentConfig config, ProcessorDefinition<?> tail,
                                                TranslationContext context) {
        Optional<BatchPolicyStep> step = policy(config);
        if (step.isEmpty()) {
            return tail;
        }
        String id = context.stepId("batching");
        return tail.process(context.bind(id, step.get())).id(id);
    }

    /**
     * The step of {@code config}'s {@code batching} block, or empty for a no-op policy.
     *
     * @throws ConfigException when the block asks for batch processors, which are not supported
     */
    public static Optional<BatchPolicyStep> policy(ComponentConfig config) {
        ComponentConfig batching = config.object("batching");
        // An empty list (as `create` writes it) asks for nothing.
        if (batching.isSet("processors") && !(batching.raw("processors") instanceof java.util.List<?> l && l.isEmpty())) {
            throw new ConfigException(batching.position("processors"), config.type()
                    + ": batching.processors is not supported");
        }
        return BatchPolicyStep.from(batching);
    }
}
