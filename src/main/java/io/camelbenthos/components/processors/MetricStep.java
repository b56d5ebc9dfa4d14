package io.camelbenthos.components.processors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.http.BenthosMetrics;
import io.camelbenthos.http.CustomMetrics;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code metric} processor's step: per message, updates a metric of the context's registry (exposed on
 * {@code /metrics} and {@code /stats}) named {@code name}, with the interpolated {@code labels} (in name order):
 * {@code counter} +1, {@code counter_by} + value, {@code gauge} = value, {@code timing} records value (int64
 * nanoseconds). Values parse as int64, else float64 (timing: int64 only), negatives refused. Failures are only logged;
 * the message is never changed or flagged.
 */
public class MetricStep extends PerMessageStep implements CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(MetricStep.class);

    private String type = "counter";
    private String name = "";
    private Map<String, String> labels = new TreeMap<>();
    private String value = "";
    private CamelContext camelContext;
    private volatile Compiled compiled;

    /** The interpolations, compiled once, and the registry's metrics. */
    private record Compiled(InterpolatedString value, List<String> labelNames, List<InterpolatedString> labelValues,
                            CustomMetrics metrics) {
    }

    /** {@code counter}, {@code counter_by}, {@code gauge} or {@code timing}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Label names to interpolated values. */
    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = new TreeMap<>(labels);
        this.compiled = null;
    }

    /** The interpolated value (ignored by {@code counter}). */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
        this.compiled = null;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    protected Message process(Message message) {
        Compiled c = compiled();
        String v;
        try {
            v = c.value().render(message);
        } catch (BloblangException e) {
            LOG.error("Value interpolation error: {}", e.getMessage());
            return message;
        }
        try {
            List<String> labelValues = new ArrayList<>(c.labelValues().size());
            for (InterpolatedString l : c.labelValues()) {
                labelValues.add(l.render(message));
            }
            update(c, labelValues, v);
        } catch (BloblangException e) {
            LOG.error("Handler error: label interpolation error: {}", e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.error("Handler error: {}", e.getMessage());
        }
        return message;
    }

    private void update(Compiled c, List<String> labelValues, String v) {
        CustomMetrics metrics = c.metrics();
        List<String> names = c.labelNames();
        switch (type) {
            case "counter" -> metrics.series(name, CustomMetrics.Type.COUNTER, names, labelValues).add(1);
            case "counter_by" -> metrics.series(name, CustomMetrics.Type.COUNTER, names, labelValues).add(number(v));
            case "gauge" -> metrics.series(name, CustomMetrics.Type.GAUGE, names, labelValues).set(number(v));
            default -> metrics.series(name, CustomMetrics.Type.TIMING, names, labelValues).time(nanos(v));
        }
    }

    /** Go's ParseInt, else ParseFloat; negative values refused with Benthos's text. */
    private static double number(String v) {
        try {
            long i = Long.parseLong(v);
            if (i < 0) {
                throw new IllegalArgumentException("value " + i + " is negative");
            }
            return i;
        } catch (NumberFormatException e) {
            double f;
            try {
                f = Double.parseDouble(v);
            } catch (NumberFormatException e2) {
                throw new IllegalArgumentException("strconv.ParseFloat: parsing \"" + v + "\": invalid syntax");
            }
            if (f < 0) {
                throw new IllegalArgumentException("value " + String.format("%f", f) + " is negative");
            }
            return f;
        }
    }

    private static long nanos(String v) {
        long i;
        try {
            i = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("strconv.ParseInt: parsing \"" + v + "\": invalid syntax");
        }
        if (i < 0) {
            throw new IllegalArgumentException("value is negative");
        }
        return i;
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            List<String> names = new ArrayList<>(labels.keySet());
            List<InterpolatedString> values = new ArrayList<>();
            labels.values().forEach(l -> values.add(InterpolatedString.parse(l)));
            c = new Compiled(InterpolatedString.parse(value), List.copyOf(names), List.copyOf(values),
                    BenthosMetrics.installIn(camelContext).custom());
            compiled = c;
        }
        return c;
    }
}
