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
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code grok} processor (processors reference §16): see {@link GrokStep}. */
public final class GrokProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("grok", ComponentKind.PROCESSOR, "stable",
            "Parses messages into a structured format by attempting to apply a list of Grok expressions, the first "
                    + "expression to result in at least one value replaces the original message with a JSON object "
                    + "containing the values.",
            List.of(FieldSpec.required("expressions", FieldType.STRING_LIST,
                            "One or more Grok expressions to attempt against incoming messages. The first expression "
                                    + "to match at least one value will be used to form a result."),
                    FieldSpec.of("pattern_definitions", FieldType.STRING_MAP, Map.of(),
                            "A map of pattern definitions that can be referenced within `patterns`."),
                    FieldSpec.of("pattern_paths", FieldType.STRING_LIST, List.of(),
                            "A list of paths to load Grok patterns from. This field supports wildcards, including "
                                    + "super globs (double star)."),
                    FieldSpec.of("named_captures_only", FieldType.BOOL, true,
                            "Whether to only capture values from named patterns.").asAdvanced(),
                    FieldSpec.of("use_default_patterns", FieldType.BOOL, true,
                            "Whether to use a default set of patterns.").asAdvanced(),
                    FieldSpec.of("remove_empty_values", FieldType.BOOL, true,
                            "Whether to remove values that are empty from the resulting structure.").asAdvanced()))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        GrokStep step = new GrokStep();
        step.setExpressions(config.stringList("expressions"));
        step.setPatternDefinitions(config.stringMap("pattern_definitions"));
        step.setPatternPaths(config.stringList("pattern_paths"));
        step.setNamedCapturesOnly(config.bool("named_captures_only"));
        step.setUseDefaultPatterns(config.bool("use_default_patterns"));
        step.setRemoveEmptyValues(config.bool("remove_empty_values"));
        try {
            step.compiled(); // Benthos compiles (and reads pattern files) when the processor is built
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position("expressions"), e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
