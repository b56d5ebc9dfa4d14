package io.camelbenthos.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.StepCompletedEvent;
import org.apache.camel.spi.CamelEvent.StepEvent;
import org.apache.camel.spi.CamelEvent.StepFailedEvent;
import org.apache.camel.spi.CamelEvent.StepStartedEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Benthos's metric names in Prometheus text format, counted from Camel events so it needs nothing but ids.
 *
 * <p>Inputs: the {@code benthos-http} consumer reports {@code input_received} and {@code input_latency_ns} itself.
 * Processors and outputs: every Camel {@code step} whose id is a Benthos config path is counted from its step
 * events; a path containing {@code .output} (and no {@code .processors.} after it) counts as an output
 * ({@code output_sent}, {@code output_error}, {@code output_latency_ns}), any other as a processor
 * ({@code processor_received}, {@code processor_sent}, {@code processor_error}). The step's id is the {@code path}
 * label; a {@code label} comes from {@link #setLabel}.
 */
public final class BenthosMetrics extends EventNotifierSupport {
    /** Registry name under which the instance of a context is bound. */
    public static final String BEAN_NAME = "benthosMetrics";
    private static final String START_PROPERTY = "CamelBenthosStepStart.";

    private final Map<Series, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private volatile String stream = "";

    /** The context's instance, created, bound and registered as an event notifier on first use. */
    public static synchronized BenthosMetrics installIn(CamelContext camel) {
        BenthosMetrics existing = camel.getRegistry().lookupByNameAndType(BEAN_NAME, BenthosMetrics.class);
        if (existing != null) {
            return existing;
        }
        BenthosMetrics metrics = new BenthosMetrics();
        camel.getRegistry().bind(BEAN_NAME, metrics);
        camel.getManagementStrategy().addEventNotifier(metrics);
        try {
            metrics.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start Benthos metrics", e);
        }
        return metrics;
    }

    /** The {@code stream} label of every series. */
    public void setStream(String stream) {
        this.stream = stream;
    }

    /** The Benthos label of the component at {@code path}. */
    public void setLabel(String path, String label) {
        labels.put(path, label);
    }

    public void inputReceived(String path, String label, int messages) {
        add("input_received", path, label, messages);
    }

    public void inputLatency(String path, String label, long nanos) {
        add("input_latency_ns_sum", path, label, nanos);
        add("input_latency_ns_count", path, label, 1);
    }

    private void add(String name, String path, String label, long amount) {
        counters.computeIfAbsent(new Series(name, label, path), k -> new LongAdder()).add(amount);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof StepEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        StepEvent step = (StepEvent) event;
        String id = step.getStepId();
        String label = labels.getOrDefault(id, "");
        boolean output = isOutput(id);
        if (event instanceof StepStartedEvent) {
            step.getExchange().setProperty(START_PROPERTY + id, System.nanoTime());
            if (!output) {
                add("processor_received", id, label, 1);
            }
            return;
        }
        boolean failed = event instanceof StepFailedEvent || step.getExchange().getException() != null;
        if (output) {
            add(failed ? "output_error" : "output_sent", id, label, 1);
            Long start = step.getExchange().getProperty(START_PROPERTY + id, Long.class);
            if (!failed && start != null) {
                add("output_latency_ns_sum", id, label, System.nanoTime() - start);
                add("output_latency_ns_count", id, label, 1);
            }
        } else if (event instanceof StepCompletedEvent || event instanceof StepFailedEvent) {
            add(failed ? "processor_error" : "processor_sent", id, label, 1);
        }
    }

    static boolean isOutput(String path) {
        int out = path.lastIndexOf(".output");
        return out >= 0 && path.indexOf(".processors.", out) < 0;
    }

    /** The counters in Prometheus text exposition format, sorted for stable output. */
    public String prometheusText() {
        Map<String, Map<Series, Long>> byName = new TreeMap<>();
        counters.forEach((s, v) -> byName.computeIfAbsent(s.name(), k -> new TreeMap<>()).put(s, v.sum()));
        StringBuilder out = new StringBuilder();
        byName.forEach((name, series) -> {
            String family = name.replaceAll("_(sum|count)$", "");
            out.append("# TYPE ").append(name).append(family.equals(name) ? " counter\n" : " untyped\n");
            series.forEach((s, v) -> out.append(name).append("{label=\"").append(escape(s.label()))
                    .append("\",path=\"").append(escape(s.path())).append("\",stream=\"").append(escape(stream))
                    .append("\"} ").append(v).append('\n'));
        });
        return out.toString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private record Series(String name, String label, String path) implements Comparable<Series> {
        @Override
        public int compareTo(Series o) {
            int c = path.compareTo(o.path);
            return c != 0 ? c : label.compareTo(o.label);
        }
    }
}
