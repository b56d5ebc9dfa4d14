package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;

/** {@code resource: <label>}: the input resource with that label, delivering to this input's pipeline. */
public class ResourceInput implements InputComponent {
    /** None: the resource reports to /ready under its own label and path. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("resource", ComponentKind.INPUT, "Uses an input resource identified by its label.",
                FieldType.STRING, null);
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        context.addInput(context.resource(ComponentKind.INPUT, config.string("resource")), context.pipelineEndpoint());
    }
}
