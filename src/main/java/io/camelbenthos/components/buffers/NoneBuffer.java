package io.camelbenthos.components.buffers;

import io.camelbenthos.components.BufferComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import java.util.List;

/** {@code buffer: none} (the default, connectors reference §11.1): the input sends straight to the pipeline. */
public final class NoneBuffer implements BufferComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("none", ComponentKind.BUFFER, "stable",
            "Do not buffer messages. This is the default and most resilient configuration.", List.of());

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public String translate(ComponentConfig config, String pipeline, TranslationContext context) {
        return pipeline;
    }
}
