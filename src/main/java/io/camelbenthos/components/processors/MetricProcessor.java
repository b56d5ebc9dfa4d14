package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code metric} processor (processors reference §19.2): see {@link MetricStep}. */
public final class MetricProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("metric", ComponentKind.PROCESSOR, "stable",
            "Emit custom metrics by extracting values from messages.",
            List.of(FieldSpec.required("type", FieldType.STRING, "The metric type to create.")
                            .options("counter", "counter_by", "gauge", "timing"),
                    FieldSpec.required("name", FieldType.STRING, "The name of the metric to create, this must be "
                            + "unique across all components otherwise it will overwrite those other metrics."),
                    FieldSpec.of("labels", FieldType.INTERPOLATED_MAP, Map.of(), "A map of label names and values "
                            + "that can be used to enrich metrics."),
                    FieldSpec.of("value", FieldType.INTERPOLATED_STRING, "", "For some metric types specifies a "
                            + "value to set, increment.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String type = config.string("type").toLowerCase(Locale.ROOT);
        if (!List.of("counter", "counter_by", "gauge", "timing").contains(type)) {
            throw new ConfigException(config.position("type"), "metric type unrecognised: " + config.string("type"));
        }
        if (config.string("name").isEmpty()) {
            throw new ConfigException(config.position("name"), "metric name must not be empty");
        }
        MetricStep step = new MetricStep();
        step.setType(type);
        step.setName(config.string("name"));
        step.setLabels(config.stringMap("labels"));
        step.setValue(config.string("value"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
