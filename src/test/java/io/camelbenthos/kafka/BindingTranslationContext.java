package io.camelbenthos.kafka;

import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/** The slice of {@link TranslationContext} an output needs on a hand-written route: binding its named steps. */
final class BindingTranslationContext implements TranslationContext {
    private final CamelContext camel;
    private int counter;

    BindingTranslationContext(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public String streamId() {
        return "test";
    }

    @Override
    public String uniqueId(String hint) {
        return "test-" + hint + "-" + (++counter);
    }

    @Override
    public String bind(String id, Object bean) {
        String unique = uniqueId(id);
        camel.getRegistry().bind(unique, bean);
        return unique;
    }

    @Override
    public String path() {
        return "root.output";
    }

    @Override
    public RouteDefinition addRoute(String fromUri, String routeId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String pipelineEndpoint() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProcessorDefinition<?> appendProcessors(ProcessorDefinition<?> tail, List<ComponentConfig> processors) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProcessorDefinition<?> appendOutput(ProcessorDefinition<?> tail, ComponentConfig output) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String outputEndpoint(ComponentConfig output) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String processorsEndpoint(List<ComponentConfig> processors, String hint) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ComponentConfig http() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String resourceEndpoint(io.camelbenthos.components.ComponentKind kind, String label) {
        throw new UnsupportedOperationException("resources are not used by the Kafka output tests");
    }

    @Override
    public io.camelbenthos.config.ComponentConfig resource(io.camelbenthos.components.ComponentKind kind, String label) {
        throw new UnsupportedOperationException("resources are not used by the Kafka output tests");
    }

    @Override
    public void addInput(io.camelbenthos.config.ComponentConfig input, String deliverTo) {
        throw new UnsupportedOperationException("inputs are not used by the Kafka output tests");
    }

    @Override
    public String stepId(String suffix) {
        return suffix == null ? "kafka-test" : "kafka-test." + suffix;
    }
}
