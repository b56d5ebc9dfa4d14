package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/** {@code resource: <label>}: sends to the output resource with that label (a route shared by every reference). */
public class ResourceOutput implements OutputComponent {
    /** None: the resource reports to /ready under its own label and path. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("resource", ComponentKind.OUTPUT, "Sends to an output resource identified by its label.",
                FieldType.STRING, null);
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String endpoint = context.resourceEndpoint(ComponentKind.OUTPUT, config.string("resource"));
        return tail.to(endpoint).id(context.stepId(null));
    }
}
