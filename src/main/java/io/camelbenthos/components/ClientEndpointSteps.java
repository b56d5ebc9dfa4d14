package io.camelbenthos.components;

import io.camelbenthos.camel.ClientEndpointProbe;
import io.camelbenthos.config.ComponentConfig;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/**
 * The steps of an input or output on one of this project's client components ({@code amqp09:}, {@code mqtt:},
 * {@code benthos-nats:}, {@code benthos-redis:}): the endpoint itself, with the component's {@link ClientEndpointProbe}
 * pointed at it so that {@code /ready} shows the state of this very endpoint's consumer or producer.
 */
public final class ClientEndpointSteps {
    private ClientEndpointSteps() {
    }

    /** The input's route: {@code from(uri)}, its processors, then the pipeline. */
    public static void addInputRoute(String uri, String id, ComponentConfig config, TranslationContext context) {
        probe(uri, context);
        RouteDefinition route = context.addRoute(uri, id);
        ProcessorDefinition<?> tail = context.appendProcessors(route, config.processors());
        tail.to(context.pipelineEndpoint());
    }

    /** The output's producer step, {@code to(uri)} with the step's id, after {@code tail}. */
    public static ProcessorDefinition<?> appendOutput(String uri, String id, ProcessorDefinition<?> tail,
                                                      TranslationContext context) {
        probe(uri, context);
        return tail.to(uri).id(id);
    }

    private static void probe(String uri, TranslationContext context) {
        if (context.connectionProbe() instanceof ClientEndpointProbe probe) {
            probe.setEndpointUri(uri);
        }
    }
}
