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
import org.apache.camel.model.ProcessorDefinition;

/**
 * The {@code awk} processor (processors reference §20) is declared with Benthos's fields but refused at lint: no
 * maintained Java implementation of GoAWK's language and Benthos's custom functions exists (Jawk is unmaintained and
 * is not GoAWK), so a config using it gets a clear error naming the alternative instead of "unknown processor".
 */
public final class AwkProcessor implements ProcessorComponent {
    /** The lint message, naming what to use instead. */
    public static final String NOT_SUPPORTED = "awk: the awk processor is not supported (no maintained Java "
            + "implementation of GoAWK exists); rewrite the program as a `mapping` (Bloblang) processor";

    private static final ComponentSpec SPEC = new ComponentSpec("awk", ComponentKind.PROCESSOR, "stable",
            "Executes an AWK program on messages. Not supported here: rejected at lint; use `mapping` instead.",
            List.of(FieldSpec.required("codec", FieldType.STRING,
                            "A codec defines how messages should be inserted into the AWK program as variables: "
                                    + "`none`, `text` or `json`."),
                    FieldSpec.required("program", FieldType.STRING, "An AWK program to execute.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        throw new ConfigException(config.position(), NOT_SUPPORTED);
    }
}
