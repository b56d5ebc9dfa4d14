package io.camelbenthos.http;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.metrics.MetricSample;
import io.camelbenthos.metrics.MetricsExporter;
import io.camelbenthos.metrics.MetricsSettings;
import io.camelbenthos.metrics.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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
 * Benthos's metrics, counted from nothing but the step ids of the route model and exported as the config's
 * {@code metrics} block says ({@link MetricsExporter}; Prometheus text by default).
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
    /** Registry name of the {@link MetricsSettings} the instance is created with (a config's metrics block). */
    public static final String SETTINGS_BEAN = "benthosMetricsSettings";

    private final Map<Series, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<Series, Timing> timings = new ConcurrentHashMap<>();
    private final CustomMetrics custom = new CustomMetrics();
    private volatile MetricsExporter exporter = new MetricsExporter(MetricsSettings.defaults(), this::snapshot);

    /** The context's instance: looked up, or created, bound and added as an intercept strategy. */
    public static synchronized BenthosMetrics installIn(CamelContext camel) {
        BenthosMetrics existing = camel.getRegistry().lookupByNameAndType(BEAN_NAME, BenthosMetrics.class);
        if (existing != null) {
            return existing;
        }
        BenthosMetrics metrics = new BenthosMetrics();
        camel.getRegistry().bind(BEAN_NAME, metrics);
        camel.getCamelContextExtension().addInterceptStrategy(metrics);
        MetricsSettings settings = camel.getRegistry().lookupByNameAndType(SETTINGS_BEAN, MetricsSettings.class);
        if (settings != null) {
            metrics.use(camel, settings);
        }
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

    /** The timing series of one step or input, created on first use. */
    public Timing timing(String name, String id, String label) {
        return timings.computeIfAbsent(new Series(name, label, id), k -> newTiming());
    }

    private Timing newTiming() {
        Timing t = new Timing();
        double[] buckets = exporter.histogramBuckets();
        if (buckets != null) {
            t.useBuckets(buckets);
        }
        return t;
    }

    /**
     * Applies a config's {@code metrics} block to the context's metrics: its exporter renders {@code /metrics} and
     * runs (push, logger, file output) as a service of the context. Binding the settings as {@link #SETTINGS_BEAN}
     * before the routes start does the same, early enough for the service-wide server to leave out {@code /metrics}
     * when the exporter has none.
     */
    public static synchronized void configure(CamelContext camel, MetricsSettings settings) {
        installIn(camel).use(camel, settings);
    }

    private void use(CamelContext camel, MetricsSettings settings) {
        MetricsExporter configured = new MetricsExporter(settings, this::snapshot);
        exporter = configured;
        double[] buckets = configured.histogramBuckets();
        if (buckets != null) {
            timings.values().forEach(t -> t.useBuckets(buckets));
            custom.useBuckets(buckets);
        }
        try {
            camel.addService(configured, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("the metrics exporter did not start: " + e.getMessage(), e);
        }
    }

    /** The exporter in use: Prometheus text until a config's block says otherwise. */
    public MetricsExporter exporter() {
        return exporter;
    }

    /** The metrics the config makes itself ({@code metric} processors), exposed after these. */
    public CustomMetrics custom() {
        return custom;
    }

    /** The input counters of one consumer. */
    public InputCounters input(String id, String label) {
        return new InputCounters(counter("input_received", id, label), timing("input_latency_ns", id, label));
    }

    /** {@code input_received} and {@code input_latency_ns} of one input. */
    public record InputCounters(LongAdder received, Timing latencyTiming) {
        public void latency(long nanos) {
            latencyTiming.record(nanos);
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
        private final Timing latency;

        Counting(Processor target, String id, Kind kind) {
            super(target);
            this.kind = kind;
            String prefix = kind == Kind.PROCESSOR ? "processor_" : "output_";
            this.received = kind == Kind.PROCESSOR ? counter("processor_received", id, "") : null;
            this.sent = counter(prefix + "sent", id, "");
            this.errors = counter(prefix + "error", id, "");
            this.latency = kind == Kind.OUTPUT ? timing("output_latency_ns", id, "") : null;
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
                if (latency != null && !failed) {
                    latency.record(System.nanoTime() - start);
                }
                callback.done(doneSync);
            });
        }
    }

    /**
     * One stream's counters by their full key, as streams mode's {@code /streams/{id}/stats} shows them:
     * {@code input_received{label="",path="root.input",stream="foo"}}; a timing as its {@code _sum} and {@code _count}.
     */
    public Map<String, Long> streamCounters(String stream) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((s, v) -> {
            if (s.stream().equals(stream)) {
                out.put(s.name() + labels(s), v.sum());
            }
        });
        timings.forEach((s, t) -> {
            if (s.stream().equals(stream)) {
                out.put(s.name() + "_sum" + labels(s), t.sum());
                out.put(s.name() + "_count" + labels(s), t.count());
            }
        });
        return out;
    }

    private static String labels(Series s) {
        return "{label=\"" + escape(s.label()) + "\",path=\"" + escape(s.benthosPath()) + "\",stream=\""
                + escape(s.stream()) + "\"}";
    }

    /**
     * Every series now, Benthos's own (labels {@code label}, {@code path}, {@code stream}) then the config's;
     * {@code reset} restarts the counters from zero once read (the {@code logger} exporter's {@code flush_metrics}).
     */
    public List<MetricSample> snapshot(boolean reset) {
        List<MetricSample> out = new ArrayList<>();
        counters.forEach((s, v) -> out.add(MetricSample.counter(s.name(), labelMap(s), reset ? v.sumThenReset() : v.sum())));
        timings.forEach((s, t) -> out.add(MetricSample.timing(s.name(), labelMap(s), t)));
        out.addAll(custom.snapshot(reset));
        return out;
    }

    private static SortedMap<String, String> labelMap(Series s) {
        SortedMap<String, String> labels = new TreeMap<>();
        labels.put("label", s.label());
        labels.put("path", s.benthosPath());
        labels.put("stream", s.stream());
        return labels;
    }

    /** The body of {@code /metrics} in the configured exporter's format. */
    public String render() {
        return exporter.render();
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
