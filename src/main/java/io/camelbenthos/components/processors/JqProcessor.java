package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code jq} processor (processors reference §15.1): see {@link JqStep}. */
public final class JqProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("jq", ComponentKind.PROCESSOR, "stable",
            "Transforms and filters messages using jq queries.",
            List.of(FieldSpec.required("query", FieldType.STRING, "The jq query to filter and transform messages with."),
                    FieldSpec.of("raw", FieldType.BOOL, false,
                            "Whether to process the input as a raw string instead of as JSON.").asAdvanced(),
                    FieldSpec.of("output_raw", FieldType.BOOL, false,
                            "Whether to output raw text (unquoted) instead of JSON strings when the emitted values "
                                    + "are string types.").asAdvanced()))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        JqStep step = new JqStep();
        step.setQuery(config.string("query"));
        step.setRaw(config.bool("raw"));
        step.setOutputRaw(config.bool("output_raw"));
        try {
            step.compiled();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position("query"), e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
