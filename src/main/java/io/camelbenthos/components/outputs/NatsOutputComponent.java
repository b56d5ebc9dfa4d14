package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.ClientEndpointSteps;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;

/**
 * What the NATS outputs share: one {@code benthos-nats:} producer step, its {@code /ready} probe watching that very
 * endpoint. Each output says how its config becomes the endpoint URI.
 */
abstract class NatsOutputComponent implements OutputComponent {

    private final ComponentSpec spec;

    NatsOutputComponent(ComponentSpec spec) {
        this.spec = spec;
    }

    @Override
    public final ComponentSpec spec() {
        return spec;
    }

    /** The producer URI; {@code name} only identifies the endpoint. */
    abstract String endpointUri(ComponentConfig config, String name);

    @Override
    public final ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                                  TranslationContext context) {
        String id = context.stepId(null);
        return ClientEndpointSteps.appendOutput(endpointUri(config, id), id, tail, context);
    }

    @Override
    public final ConnectionProbe connectionProbe(ComponentConfig config) {
        return new ClientEndpointProbe();
    }
}
