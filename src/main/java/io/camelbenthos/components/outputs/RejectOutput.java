package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code reject: <message>}: nacks every message with an interpolated error. */
public class RejectOutput implements OutputComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("reject", ComponentKind.OUTPUT,
                "Rejects all messages, nacking them with an (interpolated) error message.", FieldType.INTERPOLATED_STRING, "")
                .asNonBlocking();
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        RejectStep step = new RejectStep();
        step.setMessage(config.string("reject"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
