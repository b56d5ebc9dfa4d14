package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;

/** {@code resource: <label>}: runs the processor resource with that label (a route shared by every reference). */
public class ResourceProcessor implements ProcessorComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("resource", ComponentKind.PROCESSOR,
                "Runs a processor resource identified by its label.", FieldType.STRING, null);
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String endpoint = context.resourceEndpoint(ComponentKind.PROCESSOR, config.string("resource"));
        return tail.to(endpoint).id(context.stepId(null));
    }
}
