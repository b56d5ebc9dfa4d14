package io.camelbenthos.http;

import io.camelbenthos.camel.BenthosExchange;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Benthos's metric names in Prometheus text format, counted from nothing but the step ids of the route model.
 *
 * <p>Inputs: the {@code benthos-http} consumer reports {@code input_received} and {@code input_latency_ns} itself.
 * Processors and outputs: as an {@link InterceptStrategy} this wraps every step whose id rt-core assigned
 * ({@code <stream>.<path without root.>}): {@code <stream>.pipeline.processors.N} (and any {@code ...processors.N})
 * counts as a processor ({@code processor_received}, {@code processor_sent}, {@code processor_error}); an id ending in
 * {@code .output} or {@code .outputs.N} as an output ({@code output_sent}, {@code output_error},
 * {@code output_latency_ns}). Steps with other ids (internal sub-steps, labelled components) are not counted.
 *
 * <p>Intercept strategies apply when routes are built, so the instance must be known to the context before that:
 * {@link #installIn} does it for the context of a {@code benthos-http} component, and under Camel Main a bean of this
 * type in the registry is picked up on its own.
 */
public final class BenthosMetrics implements InterceptStrategy {
    /** Registry name under which the instance of a context is bound. */
    public static final String BEAN_NAME = "benthosMetrics";

    private final Map<Series, LongAdder> counters = new ConcurrentHashMap<>();
    private final CustomMetrics custom = new CustomMetrics();

    /** The context's instance: looked up, or created, bound and added as an intercept strategy. */
    public static synchronized BenthosMetrics installIn(CamelContext camel) {
        BenthosMetrics existing = camel.getRegistry().lookupByNameAndType(BEAN_NAME, BenthosMetrics.class);
        if (existing != null) {
            return existing;
        }
        BenthosMetrics metrics = new BenthosMetrics();
        camel.getRegistry().bind(BEAN_NAME, metrics);
        camel.getCamelContextExtension().addInterceptStrategy(metrics);
        return metrics;
    }

    /**
     * The counter of one series, created on first use. Callers keep it, so counting costs no lookup per message.
     *
     * @param id a step or route id, {@code <stream>.<path without root.>} when rt-core made it
     */
    public LongAdder counter(String name, String id, String label) {
        return counters.computeIfAbsent(new Series(name, label, id), k -> new LongAdder());
    }

    /** The metrics the config makes itself ({@code metric} processors), exposed after these. */
    public CustomMetrics custom() {
        return custom;
    }

    /** The input counters of one consumer. */
    public InputCounters input(String id, String label) {
        return new InputCounters(counter("input_received", id, label), counter("input_latency_ns_sum", id, label),
                counter("input_latency_ns_count", id, label));
    }

    /** {@code input_received} and {@code input_latency_ns} of one input. */
    public record InputCounters(LongAdder received, LongAdder latencySum, LongAdder latencyCount) {
        public void latency(long nanos) {
            latencySum.add(nanos);
            latencyCount.increment();
        }
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (!(definition instanceof ProcessorDefinition<?> step) || !step.hasCustomIdAssigned()) {
            return target;
        }
        String id = step.getId();
        Kind kind = kindOf(id);
        return kind == null ? target : new Counting(target, id, kind);
    }

    enum Kind { PROCESSOR, OUTPUT }

    /** What a step id names, or null when it is not a processor or output. */
    static Kind kindOf(String id) {
        int dot = id.lastIndexOf('.');
        String last = id.substring(dot + 1);
        String before = dot < 0 ? "" : id.substring(0, dot);
        // outputs sit at .output (the output, switch cases, retry and drop_on children), .outputs.N (broker
        // children), .fallback.N (fallback tiers) and .reject_errored (its child)
        if (last.equals("output") || last.equals("reject_errored")
                || (isNumber(last) && (before.endsWith(".outputs") || before.endsWith(".fallback")))) {
            return Kind.OUTPUT;
        }
        return isNumber(last) && before.endsWith(".processors") ? Kind.PROCESSOR : null;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Counts one step's exchanges; the outcome is known when the (possibly async) step calls back. */
    private final class Counting extends DelegateAsyncProcessor {
        private final Kind kind;
        private final LongAdder received;
        private final LongAdder sent;
        private final LongAdder errors;
        private final LongAdder latencySum;
        private final LongAdder latencyCount;

        Counting(Processor target, String id, Kind kind) {
            super(target);
            this.kind = kind;
            String prefix = kind == Kind.PROCESSOR ? "processor_" : "output_";
            this.received = kind == Kind.PROCESSOR ? counter("processor_received", id, "") : null;
            this.sent = counter(prefix + "sent", id, "");
            this.errors = counter(prefix + "error", id, "");
            this.latencySum = kind == Kind.OUTPUT ? counter("output_latency_ns_sum", id, "") : null;
            this.latencyCount = kind == Kind.OUTPUT ? counter("output_latency_ns_count", id, "") : null;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            long start = System.nanoTime();
            boolean flaggedBefore = kind == Kind.PROCESSOR && BenthosExchange.anyFlagged(exchange);
            if (received != null) {
                received.increment();
            }
            return super.process(exchange, doneSync -> {
                boolean failed = exchange.getException() != null;
                if (kind == Kind.PROCESSOR) {
                    // A processor fails by flagging the message (semantics §7), rarely by throwing.
                    failed |= !flaggedBefore && BenthosExchange.anyFlagged(exchange);
                }
                (failed ? errors : sent).increment();
                if (latencySum != null && !failed) {
                    latencySum.add(System.nanoTime() - start);
                    latencyCount.increment();
                }
                callback.done(doneSync);
            });
        }
    }

    /**
     * One stream's counters by their full key, as streams mode's {@code /streams/{id}/stats} shows them:
     * {@code input_received{label="",path="root.input",stream="foo"}}.
     */
    public Map<String, Long> streamCounters(String stream) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((s, v) -> {
            if (s.stream().equals(stream)) {
                out.put(s.name() + "{label=\"" + escape(s.label()) + "\",path=\"" + escape(s.benthosPath())
                        + "\",stream=\"" + escape(stream) + "\"}", v.sum());
            }
        });
        return out;
    }

    /** The counters in Prometheus text exposition format, sorted for stable output. */
    public String prometheusText() {
        Map<String, Map<Series, Long>> byName = new TreeMap<>();
        counters.forEach((s, v) -> byName.computeIfAbsent(s.name(), k -> new TreeMap<>()).put(s, v.sum()));
        StringBuilder out = new StringBuilder();
        byName.forEach((name, series) -> {
            out.append("# TYPE ").append(name).append(name.endsWith("_ns_sum") || name.endsWith("_ns_count")
                    ? " untyped\n" : " counter\n");
            series.forEach((s, v) -> out.append(name).append("{label=\"").append(escape(s.label()))
                    .append("\",path=\"").append(escape(s.benthosPath())).append("\",stream=\"")
                    .append(escape(s.stream())).append("\"} ").append(v).append('\n'));
        });
        out.append(custom.prometheusText());
        return out.toString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** One time series; {@code id} is a step or route id, {@code <stream>.<path without root.>} when rt-core made it. */
    private record Series(String name, String label, String id) implements Comparable<Series> {
        String stream() {
            int dot = id.indexOf('.');
            return dot < 0 ? "" : id.substring(0, dot);
        }

        String benthosPath() {
            int dot = id.indexOf('.');
            return dot < 0 ? id : "root" + id.substring(dot);
        }

        @Override
        public int compareTo(Series o) {
            int c = id.compareTo(o.id);
            return c != 0 ? c : label.compareTo(o.label);
        }
    }
}
