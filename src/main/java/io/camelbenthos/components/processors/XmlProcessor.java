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

/** The {@code xml} processor (processors reference §18): see {@link XmlStep}. */
public final class XmlProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("xml", ComponentKind.PROCESSOR, "beta",
            "Parses messages as an XML document, performs a mutation on the data, and then overwrites the previous "
                    + "contents with the new value.",
            // no options() on operator: its only value is checked when built, with Benthos's error text
            List.of(FieldSpec.of("operator", FieldType.STRING, "",
                            "An XML operation to apply to messages (`to_json`)."),
                    FieldSpec.of("cast", FieldType.BOOL, false,
                            "Whether to try to cast values that are numbers and booleans to the right type.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String operator = config.string("operator");
        if (!operator.equals("to_json")) {
            throw new ConfigException(config.position("operator"), "operator not recognised: " + operator);
        }
        XmlStep step = new XmlStep();
        step.setCast(config.bool("cast"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
