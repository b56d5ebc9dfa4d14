package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code stdout}: prints each message to standard output. */
public class StdoutOutput implements OutputComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("stdout", ComponentKind.OUTPUT, "Prints messages to stdout.",
                FieldSpec.of("codec", FieldType.STRING, "lines", "How messages are delimited.").options("lines", "all-bytes"));
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        StdoutStep step = new StdoutStep();
        step.setCodec(config.string("codec"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
