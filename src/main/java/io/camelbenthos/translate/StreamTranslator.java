package io.camelbenthos.translate;

import io.camelbenthos.camel.FlagCheck;
import io.camelbenthos.components.BenthosComponent;
import io.camelbenthos.components.BufferComponent;
import io.camelbenthos.components.CacheComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.RateLimitComponent;
import io.camelbenthos.components.SharedResources;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.readiness.ComponentReadiness;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.errorhandler.NoErrorHandlerDefinition;

/**
 * Translates one validated stream config into Camel route definitions plus the named beans they reference. Each
 * input gets its own route(s) delivering to {@code direct:<stream>.pipeline}; that route runs the pipeline
 * processors and then the output, so the reply to a request always travels back to the input that received it.
 *
 * <p>{@code pipeline.threads}: the pipeline route first hands the exchange to a {@link PipelineThreadsStep}, so its
 * processors and output run on N pipeline threads shared by every input; the exchange is the input's own, so the
 * reply still completes the request that sent it.
 *
 * <p>Routes have no error handler: an exception is the nack and must reach the input unchanged. A route that wants
 * redelivery (a broker child under {@code fan_out}) sets its own.
 */
public final class StreamTranslator implements TranslationContext {
    private final StreamConfig config;
    private final ComponentRegistry registry;
    /** Caches and rate limits built once for several streams (streams mode), or null: the stream builds its own. */
    private final SharedResources shared;
    private final List<RouteDefinition> routes = new ArrayList<>();
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final Map<String, ComponentStep> steps = new LinkedHashMap<>();
    /** Route and step (node) ids: Camel requires them unique together across the context. */
    private final Set<String> ids = new HashSet<>();
    private final Deque<ComponentConfig> translating = new ArrayDeque<>();
    /** The /ready probe of each input and output being translated (a broker copy's config is translated again). */
    private final Map<ComponentConfig, ConnectionProbe> probes = new IdentityHashMap<>();
    private final Map<String, String> resourceEndpoints = new HashMap<>();
    /** Cache labels whose store is being built: a label met again is a multilevel cache containing itself. */
    private final Set<String> buildingCaches = new LinkedHashSet<>();
    /** What /ready lists, in Benthos's order (a broker's children in config order). */
    private final List<ComponentReadiness> readyInputs = new ArrayList<>();
    private final List<ComponentReadiness> readyOutputs = new ArrayList<>();
    private String deliverTo;
    /** Inputs that are not a broker or resource wrapper: what must close for the stream to end. */
    private int leafInputs;
    private int addInputCalls;

    private StreamTranslator(StreamConfig config, ComponentRegistry registry, SharedResources shared) {
        this.config = config;
        this.registry = registry;
        this.shared = shared;
        this.deliverTo = streamPipelineEndpoint();
    }

    private StreamTranslator(StreamConfig config, ComponentRegistry registry) {
        this(config, registry, null);
    }

    /**
     * @throws ConfigException when a component finds its config unusable (e.g. a broker with no outputs)
     */
    public static TranslatedStream translate(StreamConfig config, ComponentRegistry registry) {
        return translate(config, registry, null);
    }

    /**
     * As {@link #translate(StreamConfig, ComponentRegistry)}, with the caches and rate limits {@code shared} knows
     * referred to rather than built (streams mode: one instance per root resource for every stream).
     */
    public static TranslatedStream translate(StreamConfig config, ComponentRegistry registry, SharedResources shared) {
        StreamTranslator t = new StreamTranslator(config, registry, shared);
        t.translateStream();
        return new TranslatedStream(config.id(), config, List.copyOf(t.routes),
                java.util.Collections.unmodifiableMap(t.beans), t.leafInputs, List.copyOf(t.readyInputs),
                List.copyOf(t.readyOutputs), Map.copyOf(t.steps));
    }

    /**
     * Only the pipeline's processors, as a route from {@link #pipelineEndpoint()} that ends after the last one (no
     * input, no output, no pipeline threads): what {@code camel-benthos test} feeds its input batches to. Caches and
     * rate limits are built as for a stream; processor resources are translated when referenced.
     */
    public static TranslatedStream translateProcessors(StreamConfig config, ComponentRegistry registry) {
        return translateProcessors(config, registry, null);
    }

    /**
     * As {@link #translateProcessors(StreamConfig, ComponentRegistry)}, with {@code last} (when not null) as the step
     * after the last processor: it runs once per batch that comes out, also when a processor made several.
     */
    public static TranslatedStream translateProcessors(StreamConfig config, ComponentRegistry registry,
                                                       org.apache.camel.Processor last) {
        StreamTranslator t = new StreamTranslator(config, registry);
        config.resources(ComponentKind.RATE_LIMIT).keySet().forEach(t::rateLimitBean);
        config.resources(ComponentKind.CACHE).keySet().forEach(t::cacheBean);
        ProcessorDefinition<?> tail = t.appendProcessors(t.addRoute(t.pipelineEndpoint(), config.id() + ".pipeline"),
                config.pipelineProcessors());
        if (last != null) {
            String id = t.uniqueId("pipeline.collect");
            tail.process(t.bind(id, last)).id(id);
        }
        return new TranslatedStream(config.id(), config, List.copyOf(t.routes),
                java.util.Collections.unmodifiableMap(t.beans), 0);
    }

    /**
     * Every cache and rate limit of a config built, with nothing else: bean id → store or limiter (the ids are those
     * a stream of id {@code config.id()} gives them). What streams mode shares between its streams.
     *
     * @throws ConfigException when a resource's config cannot be honoured
     */
    public static Map<String, Object> translateResources(StreamConfig config, ComponentRegistry registry) {
        StreamTranslator t = new StreamTranslator(config, registry);
        config.resources(ComponentKind.RATE_LIMIT).keySet().forEach(t::rateLimitBean);
        config.resources(ComponentKind.CACHE).keySet().forEach(t::cacheBean);
        return java.util.Collections.unmodifiableMap(t.beans);
    }

    private void translateStream() {
        // Benthos builds every resource at startup, used or not, so a bad rate limit fails even when unreferenced.
        config.resources(ComponentKind.RATE_LIMIT).keySet().forEach(this::rateLimitBean);
        config.resources(ComponentKind.CACHE).keySet().forEach(this::cacheBean);
        RouteDefinition pipeline = addRoute(pipelineEndpoint(), config.id() + ".pipeline");
        PipelineThreadsStep threads = new PipelineThreadsStep();
        threads.setThreads(config.pipelineThreads());
        String threadsId = uniqueId("pipeline.threads");
        ProcessorDefinition<?> tail = pipeline.process(bind(threadsId, threads)).id(threadsId);
        tail = appendProcessors(tail, config.pipelineProcessors());
        String releaseId = uniqueId("pipeline.threads.release");
        tail = tail.process(bind(releaseId, new PipelineThreadsRelease())).id(releaseId);
        appendOutput(tail, config.output());
        addInput(config.input(), bufferEndpoint());
    }

    /** The buffer's routes, in front of the pipeline; where the input delivers to ({@code none}: the pipeline). */
    private String bufferEndpoint() {
        ComponentConfig buffer = config.buffer();
        BufferComponent type = component(ComponentKind.BUFFER, buffer, BufferComponent.class);
        translating.push(buffer);
        try {
            return type.translate(buffer, pipelineEndpoint(), this);
        } finally {
            translating.pop();
        }
    }

    @Override
    public String streamId() {
        return config.id();
    }

    @Override
    public String endpointPrefix() {
        return config.endpointPrefix();
    }

    @Override
    public String uniqueId(String hint) {
        return unique(ids, hint);
    }

    private String unique(Set<String> used, String hint) {
        String base = hint.startsWith(config.id() + ".") ? hint : config.id() + "." + hint;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    public RouteDefinition addRoute(String fromUri, String routeId) {
        RouteDefinition route = new RouteDefinition();
        route.from(fromUri);
        route.routeId(routeId);
        route.errorHandler(new NoErrorHandlerDefinition());
        routes.add(route);
        return route;
    }

    @Override
    public String pipelineEndpoint() {
        return deliverTo;
    }

    @Override
    public boolean neverBlocks(ComponentConfig input) {
        NonBlocking check = new NonBlocking(registry);
        return deliverTo.equals(streamPipelineEndpoint())
                && check.contents(ComponentKind.INPUT, input)
                && check.all(ComponentKind.PROCESSOR, config.pipelineProcessors())
                && check.component(ComponentKind.OUTPUT, config.output());
    }

    private String streamPipelineEndpoint() {
        return "direct:" + config.id() + ".pipeline";
    }

    @Override
    public ProcessorDefinition<?> appendProcessors(ProcessorDefinition<?> tail, List<ComponentConfig> processors) {
        ProcessorDefinition<?> current = tail;
        for (ComponentConfig p : processors) {
            ProcessorComponent component = component(ComponentKind.PROCESSOR, p, ProcessorComponent.class);
            translating.push(p);
            try {
                if (config.strictErrorHandling()) {
                    // Strict mode: a batch whose message 0 is flagged skips every remaining processor (§1.1).
                    String check = bind(stepId("strict.check"), new FlagCheck());
                    ProcessorDefinition<?> guarded = current.filter(FlagCheck.expression(check, "clean")).id(stepId("strict"));
                    current = component.translate(p, guarded, this).end();
                } else {
                    current = component.translate(p, current, this);
                }
            } finally {
                translating.pop();
            }
        }
        return current;
    }

    @Override
    public ProcessorDefinition<?> appendOutput(ProcessorDefinition<?> tail, ComponentConfig output) {
        OutputComponent component = component(ComponentKind.OUTPUT, output, OutputComponent.class);
        translating.push(output);
        try {
            addReadiness(readyOutputs, output, component.connectionProbe(output));
            ProcessorDefinition<?> current = appendProcessors(tail, output.processors());
            if (config.strictErrorHandling() && !StrictRejectStep.EXEMPT_OUTPUTS.contains(output.type())) {
                current = current.process(bind(stepId("strict"), new StrictRejectStep())).id(stepId("strict"));
            }
            return component.translate(output, current, this);
        } finally {
            translating.pop();
        }
    }

    @Override
    public String outputEndpoint(ComponentConfig output) {
        // ".route": the plain label/path id is kept for the output's own step, which metrics report.
        String id = uniqueId(baseId(output) + ".route");
        String uri = "direct:" + id;
        appendOutput(addRoute(uri, id), output);
        return uri;
    }

    @Override
    public String processorsEndpoint(List<ComponentConfig> processors, String hint) {
        String id = uniqueId(hint);
        String uri = "direct:" + id;
        appendProcessors(addRoute(uri, id), processors);
        return uri;
    }

    @Override
    public String bind(String id, Object bean) {
        Object previous = beans.putIfAbsent(id, bean);
        if (previous != null && previous != bean) {
            throw new IllegalStateException("bean id '" + id + "' bound twice in stream " + config.id());
        }
        return id;
    }

    @Override
    public String path() {
        ComponentConfig c = translating.peek();
        return c == null ? "root" : c.path();
    }

    @Override
    public ConnectionProbe connectionProbe() {
        ComponentConfig c = translating.peek();
        return c == null ? null : probes.get(c);
    }

    @Override
    public ComponentConfig http() {
        return config.http();
    }

    @Override
    public ComponentConfig redpanda() {
        return config.redpanda();
    }

    @Override
    public String stepId(String suffix) {
        ComponentConfig c = translating.peek();
        String base = c == null ? config.id() : baseId(c);
        String id = unique(ids, suffix == null ? base : base + "." + suffix);
        if (c != null && suffix == null) {
            steps.putIfAbsent(id, new ComponentStep(c.type(), c.label(), c.path()));
        }
        return id;
    }

    @Override
    public void addInput(ComponentConfig input, String target) {
        InputComponent component = component(ComponentKind.INPUT, input, InputComponent.class);
        String previous = deliverTo;
        deliverTo = target;
        translating.push(input);
        int callsBefore = ++addInputCalls;
        addReadiness(readyInputs, input, component.connectionProbe(input));
        try {
            component.translate(input, this);
            if (addInputCalls == callsBefore) {
                leafInputs++;
            }
        } finally {
            translating.pop();
            deliverTo = previous;
        }
    }

    @Override
    public ComponentConfig resource(ComponentKind kind, String label) {
        ComponentConfig c = config.resources(kind).get(label);
        if (c == null) {
            throw new ConfigException(translating.isEmpty() ? config.root().position() : translating.peek().position(),
                    kind.displayName() + " resource '" + label + "' was not found");
        }
        return c;
    }

    @Override
    public String resourceEndpoint(ComponentKind kind, String label) {
        String key = kind.yamlName() + "/" + label;
        String existing = resourceEndpoints.get(key);
        if (existing != null) {
            return existing;
        }
        ComponentConfig resource = resource(kind, label);
        String id = uniqueId(kind.yamlName() + "_resources." + label + ".route");
        String uri = "direct:" + id;
        resourceEndpoints.put(key, uri);
        RouteDefinition route = addRoute(uri, id);
        if (kind == ComponentKind.OUTPUT) {
            appendOutput(route, resource);
        } else {
            appendProcessors(route, List.of(resource));
        }
        return uri;
    }

    @Override
    public String rateLimitBean(String label) {
        String sharedId = shared == null ? null : shared.rateLimitBean(label);
        if (sharedId != null) {
            return sharedId;
        }
        String id = config.id() + ".rate_limit_resources." + label;
        if (!beans.containsKey(id)) {
            ComponentConfig resource = resource(ComponentKind.RATE_LIMIT, label);
            RateLimitComponent type = component(ComponentKind.RATE_LIMIT, resource, RateLimitComponent.class);
            bind(id, type.create(resource));
        }
        return id;
    }

    @Override
    public String cacheBean(String label) {
        String sharedId = shared == null ? null : shared.cacheBean(label);
        if (sharedId != null) {
            return sharedId;
        }
        String id = config.id() + ".cache_resources." + label;
        if (beans.containsKey(id)) {
            return id;
        }
        ComponentConfig resource = resource(ComponentKind.CACHE, label);
        if (!buildingCaches.add(label)) {
            List<String> chain = new ArrayList<>(buildingCaches);
            chain = chain.subList(chain.indexOf(label), chain.size());
            throw new ConfigException(resource.position(), "cache resource '" + label + "' is a level of itself: "
                    + String.join(" -> ", chain) + " -> " + label);
        }
        translating.push(resource);
        try {
            CacheComponent type = component(ComponentKind.CACHE, resource, CacheComponent.class);
            bind(id, type.create(resource, this));
        } finally {
            translating.pop();
            buildingCaches.remove(label);
        }
        return id;
    }

    private void addReadiness(List<ComponentReadiness> list, ComponentConfig c, ConnectionProbe probe) {
        probes.put(c, probe);
        if (probe != null) {
            list.add(new ComponentReadiness(c.label(), c.path(), probe));
        }
    }

    /** {@code <stream>.<label>} or {@code <stream>.<path without root.>}. */
    private String baseId(ComponentConfig c) {
        if (!c.label().isEmpty()) {
            return config.id() + "." + c.label();
        }
        String path = c.path().startsWith("root.") ? c.path().substring("root.".length()) : c.path();
        return config.id() + "." + path;
    }

    private <T> T component(ComponentKind kind, ComponentConfig c, Class<T> type) {
        BenthosComponent component = registry.find(kind, c.type()).orElseThrow(() ->
                new ConfigException(c.position(), "unable to infer component type: " + c.type()));
        if (!type.isInstance(component)) {
            throw new ConfigException(c.position(), kind.yamlName() + " " + c.type() + " cannot be translated: "
                    + component.getClass().getName() + " is not a " + type.getSimpleName());
        }
        return type.cast(component);
    }
}
