package io.camelbenthos.translate;

import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.readiness.ComponentReadiness;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.RouteDefinition;

/**
 * One stream translated into Camel's route model: the route definitions plus the named beans (bean id → JavaBean)
 * they reference by id. Export dumps both as Camel YAML DSL ({@code beans:} and the routes).
 *
 * @param leafInputs how many inputs (brokers and resource references unwrapped) must close for the stream to end
 * @param inputs the inputs {@code /ready} reports, wrappers unwrapped
 * @param outputs the outputs {@code /ready} reports, wrappers unwrapped
 * @param steps the component each step id was made for (its main step: the id {@code stepId(null)} gave), for
 *              tracing's span names
 */
public record TranslatedStream(String id, StreamConfig config, List<RouteDefinition> routes, Map<String, Object> beans,
                               int leafInputs, List<ComponentReadiness> inputs, List<ComponentReadiness> outputs,
                               Map<String, ComponentStep> steps) {
    /** A stream whose step ids name no components (tracing then names spans by step id). */
    public TranslatedStream(String id, StreamConfig config, List<RouteDefinition> routes, Map<String, Object> beans,
                            int leafInputs, List<ComponentReadiness> inputs, List<ComponentReadiness> outputs) {
        this(id, config, routes, beans, leafInputs, inputs, outputs, Map.of());
    }

    /** A stream that reports no inputs or outputs to {@code /ready}. */
    public TranslatedStream(String id, StreamConfig config, List<RouteDefinition> routes, Map<String, Object> beans,
                            int leafInputs) {
        this(id, config, routes, beans, leafInputs, List.of(), List.of());
    }
}
