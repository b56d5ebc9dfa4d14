package io.camelbenthos.components;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;

/** What a component sees while translating one stream config into Camel routes. */
public interface TranslationContext {
    /** A short id for the stream (derived from the file name), unique within one Camel context. */
    String streamId();

    /** Put in front of every HTTP path a component registers ({@code /<id>} in streams mode); empty otherwise. */
    default String endpointPrefix() {
        return "";
    }

    /** A route or endpoint id unique within the stream, built from a readable hint. */
    String uniqueId(String hint);

    /** Creates a route consuming from {@code fromUri} with the given id and registers it. */
    RouteDefinition addRoute(String fromUri, String routeId);

    /** The endpoint inputs send to: the shared pipeline (processors, then the output). */
    String pipelineEndpoint();

    /**
     * True when nothing from {@code input}'s consumer to the end of its messages can block a thread: the input's own
     * processors and Bloblang and, when it feeds the pipeline directly (not through a broker or resource input), the
     * pipeline's processors and the output (see {@link ComponentSpec#nonBlocking()}). Such an input may run its
     * messages on the thread that received them.
     */
    boolean neverBlocks(ComponentConfig input);

    /** Appends a list of processors (component configs) to a route and returns the new tail. */
    ProcessorDefinition<?> appendProcessors(ProcessorDefinition<?> tail, List<ComponentConfig> processors);

    /** Appends one output (its own {@code processors} first) to a route and returns the new tail. */
    ProcessorDefinition<?> appendOutput(ProcessorDefinition<?> tail, ComponentConfig output);

    /**
     * Translates an output (its processors included) into a route of its own and returns the endpoint to send to,
     * e.g. for the children of a broker.
     */
    String outputEndpoint(ComponentConfig output);

    /** Translates a processor list into a route of its own and returns its endpoint (for switch cases, try, ...). */
    String processorsEndpoint(List<ComponentConfig> processors, String hint);

    /**
     * Binds a named step (a Processor, AggregationStrategy, Predicate, ... written as a JavaBean: public no-arg
     * constructor plus setters for its config) in the Camel registry under a deterministic id derived from the
     * Benthos path, and returns the id to reference it by ({@code .process(id)}). Referencing steps by id keeps the
     * route model exportable as Camel YAML DSL (a {@code beans:} entry plus a {@code ref}).
     */
    String bind(String id, Object bean);

    /** The Benthos config path of what is being translated, e.g. {@code root.pipeline.processors.0}. */
    String path();

    /**
     * The {@code /ready} probe of the input or output being translated, as its component's {@code connectionProbe}
     * returned it (null when it has none): a component whose connection is kept by one of its own steps binds that
     * probe as the step, so that {@code /ready} reports the very connection the messages wait for.
     */
    ConnectionProbe connectionProbe();

    /** The top-level {@code http} block of the config, defaults applied. */
    ComponentConfig http();

    /** The top-level {@code redpanda} block of the config (the redpanda components' shared connection). */
    ComponentConfig redpanda();

    /**
     * A readable, deterministic id for a step of the component being translated: {@code <stream>.<label>} when it
     * has a label, else {@code <stream>.<path without root.>}, plus {@code .<suffix>} when given (null: none).
     * Unique in the Camel context; metrics use these ids.
     */
    String stepId(String suffix);

    /**
     * Translates a (child) input whose routes deliver to {@code deliverTo} instead of the pipeline, e.g. the
     * children of a {@code broker} input delivering to the broker's own processors.
     */
    void addInput(ComponentConfig input, String deliverTo);

    /** A resource by label ({@code processor_resources}, ...); the config was checked, so it exists. */
    ComponentConfig resource(ComponentKind kind, String label);

    /**
     * The endpoint of a processor or output resource, translated into a route of its own on first use so that
     * several {@code resource} references share it.
     */
    String resourceEndpoint(ComponentKind kind, String label);

    /**
     * The id of the registry bean of a {@code rate_limit_resources} entry (a {@link io.camelbenthos.ratelimit.RateLimit}),
     * built and bound on first use so that every reference shares one limiter; reference it as {@code #<id>}.
     */
    String rateLimitBean(String label);

    /**
     * The id of the registry bean of a {@code cache_resources} entry (a {@link io.camelbenthos.cache.Cache}), built and
     * bound on first use so that every reference shares one store; steps look it up with
     * {@link io.camelbenthos.cache.Caches#lookup}.
     *
     * @throws io.camelbenthos.config.ConfigException when the cache's config cannot be honoured, or when it is one of
     *     its own levels ({@code multilevel})
     */
    String cacheBean(String label);
}
