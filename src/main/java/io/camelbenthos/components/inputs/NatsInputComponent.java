package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;

/**
 * What the NATS inputs share: a {@code benthos-nats:} consumer route feeding the pipeline, its {@code /ready} probe
 * watching that very endpoint. Each input says how its config becomes the endpoint URI.
 */
abstract class NatsInputComponent implements InputComponent {

    private final ComponentSpec spec;

    NatsInputComponent(ComponentSpec spec) {
        this.spec = spec;
    }

    @Override
    public final ComponentSpec spec() {
        return spec;
    }

    /** The consumer URI; {@code name} only identifies the endpoint. */
    abstract String endpointUri(ComponentConfig config, String name);

    @Override
    public final void translate(ComponentConfig config, TranslationContext context) {
        String id = context.stepId(null);
        ClientEndpointSteps.addInputRoute(endpointUri(config, id), id, config, context);
    }

    @Override
    public final ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
