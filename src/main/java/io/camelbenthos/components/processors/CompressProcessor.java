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

/** The {@code compress} processor (processors reference §14): see {@link CompressStep}. */
public final class CompressProcessor implements ProcessorComponent {
    /** Connect's processor algorithms (no zstd here, unlike the Bloblang method). */
    static final List<String> ALGORITHMS = List.of("flate", "gzip", "lz4", "pgzip", "snappy", "zlib");

    private static final ComponentSpec SPEC = new ComponentSpec("compress", ComponentKind.PROCESSOR, "stable",
            "Compresses messages according to the selected algorithm. Supported compression algorithms are: "
                    + String.join(", ", ALGORITHMS),
            List.of(FieldSpec.required("algorithm", FieldType.STRING, "The compression algorithm to use.")
                            .options(ALGORITHMS.toArray(String[]::new)),
                    FieldSpec.of("level", FieldType.INT, -1L,
                            "The level of compression to use. May not be applicable to all algorithms.")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String algorithm = config.string("algorithm");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new ConfigException(config.position("algorithm"), "compression type not recognised: " + algorithm);
        }
        CompressStep step = new CompressStep();
        step.setAlgorithm(algorithm);
        step.setLevel(config.integer("level"));
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
