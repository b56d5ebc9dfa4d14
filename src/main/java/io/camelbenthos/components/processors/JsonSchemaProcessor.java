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

/** The {@code json_schema} processor (processors reference §17): see {@link JsonSchemaStep}. */
public final class JsonSchemaProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("json_schema", ComponentKind.PROCESSOR, "stable",
            "Checks messages against a provided JSONSchema definition but does not change the payload under any "
                    + "circumstances. If a message does not match the schema it can be caught using error handling "
                    + "methods.",
            List.of(FieldSpec.of("schema", FieldType.STRING, "", "A schema to apply. Use either this or the "
                            + "`schema_path` field."),
                    FieldSpec.of("schema_path", FieldType.STRING, "", "The path of a schema document to apply. Use "
                            + "either this or the `schema` field.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        JsonSchemaStep step = new JsonSchemaStep();
        step.setSchema(config.string("schema"));
        step.setSchemaPath(config.string("schema_path"));
        try {
            step.compiled(); // Benthos loads the schema when the processor is built
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position(), e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
