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

/** The {@code sleep} processor (processors reference §13.1): see {@link SleepStep}. */
public final class SleepProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("sleep", ComponentKind.PROCESSOR, "stable",
            "Sleep for a period of time specified as a duration string for each message. This processor will "
                    + "interpolate functions within the `duration` field, you can find a list of functions here.",
            List.of(FieldSpec.required("duration", FieldType.INTERPOLATED_STRING,
                    "The duration of time to sleep for each execution.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        SleepStep step = new SleepStep();
        step.setDuration(config.string("duration"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
