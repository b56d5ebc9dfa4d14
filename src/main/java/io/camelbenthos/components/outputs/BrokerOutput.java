package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.model.LoadBalanceDefinition;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * {@code broker} output (semantics §3.1). Every child becomes a route of its own ({@code direct:}), so its
 * processors only touch its copy:
 * <ul>
 *   <li>{@code fan_out}, {@code fan_out_fail_fast}: a parallel multicast; {@code fan_out_sequential(_fail_fast)}: a
 *   sequential one. Results are combined by {@link FanOutStrategy} (upstream message kept, first failure = nack).
 *   <li>The non fail-fast patterns wrap each child in a retry route ({@link OutputRetry#forever}) that redelivers
 *   forever with exponential backoff from 500 ms to 3 s, as Benthos's indefinite retry wrapper does, so upstream
 *   never sees a child's error.
 *   <li>{@code round_robin}: a round-robin load balancer; errors go upstream.
 *   <li>{@code greedy}: a {@link GreedyLoadBalancer}, which sends each message to a child with a free slot (one per
 *   {@code max_in_flight}, 1 for children without that field) and blocks while none is free; errors go upstream.
 * </ul>
 */
public class BrokerOutput implements OutputComponent {
    /** None: its children report to /ready themselves (Benthos lists a broker's children, not the broker). */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("broker", ComponentKind.OUTPUT, "Routes messages to multiple child outputs using a pattern.",
                FieldSpec.of("copies", FieldType.INT, 1L, "How many times the list of outputs is instantiated.").asAdvanced(),
                FieldSpec.of("pattern", FieldType.STRING, "fan_out", "How messages are distributed to the outputs.")
                        .options("fan_out", "fan_out_fail_fast", "fan_out_sequential", "fan_out_sequential_fail_fast",
                                "round_robin", "greedy"),
                FieldSpec.required("outputs", FieldType.OUTPUT_LIST, "The child outputs."),
                BatchingField.spec("A batch policy in front of the broker: the children receive the messages of a "
                        + "batch once it is complete.").asAdvanced());
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<ComponentConfig> children = new ArrayList<>();
        long copies = Math.max(1, config.integer("copies"));
        for (long i = 0; i < copies; i++) {
            children.addAll(config.components("outputs"));
        }
        if (children.isEmpty()) {
            throw new ConfigException(config.position("outputs"), "attempting to create broker output type with no outputs");
        }
        // The batcher sits in front of the broker (or of the only child, around which Benthos builds no broker).
        ProcessorDefinition<?> batched = BatchingField.append(config, tail, context);
        if (children.size() == 1) {
            return context.appendOutput(batched, children.get(0));
        }
        String pattern = config.string("pattern");
        return switch (pattern) {
            case "round_robin" -> roundRobin(children, batched, context);
            case "greedy" -> greedy(children, batched, context);
            default -> multicast(pattern, children, batched, context);
        };
    }

    private static ProcessorDefinition<?> multicast(String pattern, List<ComponentConfig> children,
                                                    ProcessorDefinition<?> tail, TranslationContext context) {
        boolean failFast = pattern.endsWith("_fail_fast");
        boolean sequential = pattern.startsWith("fan_out_sequential");
        List<String> endpoints = new ArrayList<>();
        for (ComponentConfig child : children) {
            String endpoint = context.outputEndpoint(child);
            endpoints.add(failFast ? endpoint : OutputRetry.forever(endpoint, context));
        }
        if (sequential && failFast) {
            // Only stopOnException stops a sequential multicast early, and it wraps the failure: unwrap it again.
            String unwrap = context.bind(context.stepId("unwrap"), new UnwrapFailureStep());
            TryDefinition attempt = tail.doTry();
            attempt.id(context.stepId("try"));
            MulticastDefinition multicast = newMulticast(attempt, new FanOutStrategy(), false, context);
            multicast.stopOnException();
            endpoints.forEach(multicast::to);
            multicast.end();
            return attempt.doCatch(CamelExchangeException.class).id(context.stepId("failed"))
                    .process(unwrap).id(context.stepId("unwrap"))
                    .end();
        }
        MulticastDefinition multicast = newMulticast(tail, failFast ? new FailFastStrategy() : new FanOutStrategy(),
                !sequential, context);
        endpoints.forEach(multicast::to);
        return multicast.end();
    }

    private static MulticastDefinition newMulticast(ProcessorDefinition<?> tail, FanOutStrategy strategy,
                                                    boolean parallel, TranslationContext context) {
        String strategyRef = context.bind(context.stepId("strategy"), strategy);
        MulticastDefinition multicast = tail.multicast().aggregationStrategy(strategyRef);
        multicast.id(context.stepId(null));
        if (parallel) {
            multicast.parallelProcessing();
        }
        return multicast;
    }

    private static ProcessorDefinition<?> roundRobin(List<ComponentConfig> children, ProcessorDefinition<?> tail,
                                                     TranslationContext context) {
        return balance(tail.loadBalance().roundRobin(), children, context);
    }

    private static ProcessorDefinition<?> greedy(List<ComponentConfig> children, ProcessorDefinition<?> tail,
                                                 TranslationContext context) {
        GreedyLoadBalancer balancer = new GreedyLoadBalancer();
        List<Integer> slots = new ArrayList<>();
        for (ComponentConfig child : children) {
            slots.add(slots(child));
        }
        balancer.setSlots(slots);
        return balance(tail.loadBalance().custom(context.bind(context.stepId("greedy"), balancer)), children, context);
    }

    /** The load balancer's step id and one {@code to} per child output, in config order. */
    private static ProcessorDefinition<?> balance(LoadBalanceDefinition lb, List<ComponentConfig> children,
                                                  TranslationContext context) {
        lb.id(context.stepId(null));
        for (ComponentConfig child : children) {
            lb.to(context.outputEndpoint(child));
        }
        return lb.end();
    }

    /** A child's concurrent writes: its {@code max_in_flight}, or 1 for outputs that write one message at a time. */
    private static int slots(ComponentConfig child) {
        if (!child.declares("max_in_flight")) {
            return 1;
        }
        long n = child.integer("max_in_flight");
        if (n < 1) {
            throw new ConfigException(child.position("max_in_flight"), "max_in_flight must be at least 1");
        }
        return (int) Math.min(n, 1 << 16);
    }
}
