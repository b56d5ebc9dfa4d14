package io.camelbenthos.translate;

import io.camelbenthos.http.StartupGate;
import io.camelbenthos.readiness.Readiness;
import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.tracing.BenthosTracing;
import io.camelbenthos.tracing.TracerSettings;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * Adds translated streams to a Camel context: binds their named beans in the registry, then adds their routes.
 * The translation itself already happened (and was validated) when this builder was made.
 *
 * <p>Added to a running context (a reload, a config loaded into a running application), the routes start one by
 * one: until the last has started, requests for paths not registered yet wait rather than get 404 (see
 * {@link StartupGate}).
 */
public final class BenthosRouteBuilder extends RouteBuilder {
    private final List<TranslatedStream> streams;

    public BenthosRouteBuilder(List<TranslatedStream> streams) {
        this.streams = List.copyOf(streams);
    }

    /** The streams this builder adds (for export, lint and the runner). */
    public List<TranslatedStream> streams() {
        return streams;
    }

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        StartupGate.of(context).during(() -> {
            super.addRoutesToCamelContext(context);
            return null;
        });
    }

    @Override
    public Set<String> updateRoutesToCamelContext(CamelContext context) throws Exception {
        return StartupGate.of(context).during(() -> super.updateRoutesToCamelContext(context));
    }

    @Override
    public void configure() {
        InputLifecycle inputs = InputLifecycle.of(getContext());
        Readiness readiness = Readiness.of(getContext());
        for (TranslatedStream stream : streams) {
            inputs.expect(stream.id(), stream.leafInputs());
            readiness.register(stream.id(), stream.inputs(), stream.outputs(), () -> inputs.isClosed(stream.id()));
            if (stream.config() != null) {
                // before the routes are added: the tracer wraps their steps as Camel builds them
                BenthosTracing.installIn(getContext(), TracerSettings.from(stream.config().tracer()), stream.steps());
            }
            stream.beans().forEach((id, bean) -> {
                // The registry keeps one bean per id *and type*: unbind first so a reload replaces the old step.
                getContext().getRegistry().unbind(id);
                bindToRegistry(id, bean);
            });
            for (RouteDefinition route : stream.routes()) {
                // Tie each route to its file: live reload removes the routes of a changed file by this resource.
                route.setResource(getResource());
                getRouteCollection().route(route);
            }
        }
    }
}
