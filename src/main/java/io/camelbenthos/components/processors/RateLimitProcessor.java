package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code rate_limit} processor (processors reference §13.3): see {@link RateLimitStep}. */
public final class RateLimitProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("rate_limit", ComponentKind.PROCESSOR, "stable",
            "Throttles the throughput of a pipeline according to a specified rate_limit resource. Rate limits are "
                    + "shared across components and therefore apply globally to all processing pipelines.",
            List.of(FieldSpec.required("resource", FieldType.RATE_LIMIT_LABEL,
                    "The target rate_limit resource.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        RateLimitStep step = new RateLimitStep();
        step.setRateLimitRef(context.rateLimitBean(config.string("resource")));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
