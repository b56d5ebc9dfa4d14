package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;

/** The {@code decompress} processor (processors reference §14): see {@link DecompressStep}. */
public final class DecompressProcessor implements ProcessorComponent {
    /** The compress algorithms plus bzip2 (no zstd). */
    static final List<String> ALGORITHMS = algorithms();

    private static final ComponentSpec SPEC = new ComponentSpec("decompress", ComponentKind.PROCESSOR, "stable",
            "Decompresses messages according to the selected algorithm. Supported decompression algorithms are: "
                    + String.join(", ", ALGORITHMS),
            List.of(FieldSpec.required("algorithm", FieldType.STRING, "The decompression algorithm to use.")
                    .options(ALGORITHMS.toArray(String[]::new))))
            .asNonBlocking();

    private static List<String> algorithms() {
        List<String> all = new ArrayList<>(CompressProcessor.ALGORITHMS);
        all.add(0, "bzip2");
        return List.copyOf(all);
    }

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        String algorithm = config.string("algorithm");
        if (!ALGORITHMS.contains(algorithm)) {
            throw new ConfigException(config.position("algorithm"), "decompression type not recognised: " + algorithm);
        }
        DecompressStep step = new DecompressStep();
        step.setAlgorithm(algorithm);
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
