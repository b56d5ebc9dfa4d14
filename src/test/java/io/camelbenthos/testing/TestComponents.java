package io.camelbenthos.testing;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.components.processors.PerMessageStep;
import io.camelbenthos.message.Message;
import io.camelbenthos.config.ComponentConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Small real components for tests that must not depend on the Bloblang engine: an input fed through
 * {@code direct:test.<name>}, processors that upper-case, append, fail or delete, and outputs that collect or fail.
 */
public final class TestComponents {
    private TestComponents() {
    }

    /** Messages written by {@code test_sink} outputs, by sink name. */
    public static final Map<String, List<String>> SINKS = new ConcurrentHashMap<>();
    /** Attempts seen by {@code test_flaky} outputs, by name. */
    public static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    /** Gates of {@code test_gate} processors, by name. */
    public static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    public static void reset() {
        SINKS.clear();
        ATTEMPTS.clear();
        GATES.values().forEach(Gate::open);
        GATES.clear();
    }

    public static Gate gate(String name) {
        return GATES.computeIfAbsent(name, n -> new Gate());
    }

    /** Holds every message that reaches it until {@link #open()}; counts who entered and how many were inside at once. */
    public static final class Gate {
        private final CountDownLatch open = new CountDownLatch(1);
        private final Semaphore entered = new Semaphore(0);
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger mostInside = new AtomicInteger();
        private final List<String> seen = new CopyOnWriteArrayList<>();

        /** Waits (up to 30 s, a deadlock guard) until {@code n} more messages entered the gate. */
        public boolean awaitEntered(int n) throws InterruptedException {
            return entered.tryAcquire(n, 30, TimeUnit.SECONDS);
        }

        public void open() {
            open.countDown();
        }

        public int inside() {
            return inside.get();
        }

        public int mostInside() {
            return mostInside.get();
        }

        /** Bodies of the messages that entered, in order. */
        public List<String> seen() {
            return seen;
        }

        void pass(String body) throws InterruptedException {
            seen.add(body);
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.release();
            try {
                if (!open.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    public static class GateStep implements Processor {
        private String name = "";

        public void setName(String name) {
            this.name = name;
        }

        @Override
        public void process(Exchange e) throws InterruptedException {
            gate(name).pass(body(e));
        }
    }

    /** {@code test_gate: {name: g}}: holds messages until the test opens gate {@code g}. */
    public static class GateProcessor implements ProcessorComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_gate", ComponentKind.PROCESSOR, "Holds messages until the test opens the gate.",
                    FieldSpec.required("name", FieldType.STRING, "Gate name."));
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            GateStep step = new GateStep();
            step.setName(config.string("name"));
            String id = context.stepId(null);
            return tail.process(context.bind(id, step)).id(id);
        }
    }

    public static List<String> sink(String name) {
        return SINKS.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
    }

    /** Message 0's content as text. */
    private static String body(Exchange e) {
        return BenthosExchange.first(e).contentAsString();
    }

    /**
     * Each message's content as text, followed by {@code  [error: <text>]} when flagged, joined with "|" (a batch of
     * one: just that message).
     */
    private static String bodies(Exchange e) {
        return String.join("|", BenthosExchange.batch(e).messages().stream().map(m -> m.contentAsString()
                + (m.error() == null ? "" : " [error: " + m.error().getMessage() + "]")).toList());
    }

    /** {@code test_direct: {name: x}}: an input consuming from {@code direct:test.x}. */
    public static class DirectInput implements InputComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_direct", ComponentKind.INPUT, "Test input.",
                    FieldSpec.required("name", FieldType.STRING, "The direct endpoint name."));
        }

        @Override
        public void translate(ComponentConfig config, TranslationContext context) {
            ProcessorDefinition<?> tail = context.addRoute("direct:test." + config.string("name"), context.stepId(null));
            tail = context.appendProcessors(tail, config.processors());
            tail.to(context.pipelineEndpoint());
        }
    }

    public static class UpperStep extends PerMessageStep {
        @Override
        protected Message process(Message m) {
            return m.setContent(m.contentAsString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code test_upper: {}}. */
    public static class Upper implements ProcessorComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_upper", ComponentKind.PROCESSOR, "Upper-cases the content.");
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            String id = context.stepId(null);
            return tail.process(context.bind(id, new UpperStep())).id(id);
        }
    }

    public static class AppendStep extends PerMessageStep {
        private String suffix = "";

        public void setSuffix(String suffix) {
            this.suffix = suffix;
        }

        @Override
        protected Message process(Message m) {
            return m.setContent((m.contentAsString() + suffix).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code test_append: "suffix"}. */
    public static class Append implements ProcessorComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.ofValue("test_append", ComponentKind.PROCESSOR, "Appends text.", FieldType.STRING, null);
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            AppendStep step = new AppendStep();
            step.setSuffix(config.string("test_append"));
            String id = context.stepId(null);
            return tail.process(context.bind(id, step)).id(id);
        }
    }

    public static class FailStep extends PerMessageStep {
        @Override
        protected Message process(Message m) {
            return m.setError(new IllegalStateException("test failure on " + m.contentAsString()));
        }
    }

    /** {@code test_fail: {}}: flags the message like a failed processor. */
    public static class Fail implements ProcessorComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_fail", ComponentKind.PROCESSOR, "Flags the message with an error.");
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            String id = context.stepId(null);
            return tail.process(context.bind(id, new FailStep())).id(id);
        }
    }

    public static class DeleteStep implements Processor {
        @Override
        public void process(Exchange e) {
            BenthosExchange.markDeleted(e);
        }
    }

    /** {@code test_delete: {}}: deletes the message like {@code root = deleted()}. */
    public static class Delete implements ProcessorComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_delete", ComponentKind.PROCESSOR, "Deletes the message.");
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            String id = context.stepId(null);
            return tail.process(context.bind(id, new DeleteStep())).id(id);
        }
    }

    public static class SinkStep implements Processor {
        private String name = "";
        private int failFirst;

        public void setName(String name) {
            this.name = name;
        }

        public void setFailFirst(int failFirst) {
            this.failFirst = failFirst;
        }

        @Override
        public void process(Exchange e) {
            int attempt = ATTEMPTS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            if (attempt <= failFirst) {
                throw new NackException(name + " failed attempt " + attempt);
            }
            sink(name).add(bodies(e));
        }
    }

    /** {@code test_sink: {name: x, fail_first: 0}}: collects messages; fails the first N attempts. */
    public static class Sink implements OutputComponent {
        @Override
        public ComponentSpec spec() {
            return ComponentSpec.of("test_sink", ComponentKind.OUTPUT, "Collects messages for assertions.",
                    FieldSpec.required("name", FieldType.STRING, "Sink name."),
                    FieldSpec.of("fail_first", FieldType.INT, 0L, "Attempts that fail before writes succeed."),
                    FieldSpec.of("max_in_flight", FieldType.INT, 1L, "Concurrent writes (read by brokers, e.g. greedy)."));
        }

        @Override
        public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
            SinkStep step = new SinkStep();
            step.setName(config.string("name"));
            step.setFailFirst((int) config.integer("fail_first"));
            String id = context.stepId(null);
            return tail.process(context.bind(id, step)).id(id);
        }
    }
}
