package io.camelbenthos.components.inputs;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/** The route of a redis input: from its {@code benthos-redis} consumer, through its processors, to the pipeline. */
final class RedisInputs {
    private RedisInputs() {
    }

    static void addRoute(String uri, String id, ComponentConfig config, TranslationContext context) {
        if (context.connectionProbe() instanceof ClientEndpointProbe probe) {
            probe.setEndpointUri(uri); // /ready shows the state of this very endpoint's consumer
        }
        RouteDefinition route = context.addRoute(uri, id);
        ProcessorDefinition<?> tail = context.appendProcessors(route, config.processors());
        tail.to(context.pipelineEndpoint());
    }
}
