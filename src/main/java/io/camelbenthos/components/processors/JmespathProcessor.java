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

/** The {@code jmespath} processor (processors reference §15.2): see {@link JmespathStep}. */
public final class JmespathProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("jmespath", ComponentKind.PROCESSOR, "stable",
            "Executes a JMESPath query on JSON documents and replaces the message with the resulting document.",
            List.of(FieldSpec.required("query", FieldType.STRING, "The JMESPath query to apply to messages.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        JmespathStep step = new JmespathStep();
        step.setQuery(config.string("query"));
        try {
            step.compiled();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.position("query"), e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
