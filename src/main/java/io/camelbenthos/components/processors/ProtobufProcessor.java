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

/** The {@code protobuf} processor (processors reference §20), from {@code .proto} files: see {@link ProtobufStep}. */
public final class ProtobufProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("protobuf", ComponentKind.PROCESSOR, "stable",
            "Performs conversions to or from a protobuf message. This processor uses reflection, meaning "
                    + "conversions can be made directly from the target .proto files.",
            List.of(FieldSpec.required("operator", FieldType.STRING, "The operator to execute.")
                            .options("to_json", "from_json"),
                    FieldSpec.required("message", FieldType.STRING,
                            "The fully qualified name of the protobuf message to convert to/from."),
                    FieldSpec.of("discard_unknown", FieldType.BOOL, false,
                            "If `true`, the `from_json` operator discards fields that are unknown to the schema."),
                    FieldSpec.of("use_proto_names", FieldType.BOOL, false,
                            "If `true`, the `to_json` operator deserializes fields exactly as named in schema file."),
                    FieldSpec.of("import_paths", FieldType.STRING_LIST, List.of(),
                            "A list of directories containing .proto files, including all definitions required for "
                                    + "parsing the target message. Each directory listed will be walked with all "
                                    + "found .proto files imported."),
                    FieldSpec.of("use_enum_numbers", FieldType.BOOL, false,
                            "If `true`, the `to_json` operator deserializes enums as numerical values instead of "
                                    + "string names."),
                    FieldSpec.of("bsr", FieldType.ANY, List.of(),
                            "Buf Schema Registry configuration (not supported here: use `import_paths`).")))
            .asNonBlocking();

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        if (config.raw("bsr") instanceof List<?> bsr && !bsr.isEmpty()) {
            throw new ConfigException(config.position("bsr"),
                    "protobuf: bsr (Buf Schema Registry) is not supported; download the module's .proto files and "
                            + "list their directory in import_paths");
        }
        if (!config.isSet("import_paths")) {
            throw new ConfigException(config.position(), "protobuf: at least one of `import_paths`and `bsr` must be "
                    + "set");
        }
        ProtobufStep step = new ProtobufStep();
        step.setOperator(config.string("operator"));
        step.setMessage(config.string("message"));
        step.setImportPaths(config.stringList("import_paths"));
        step.setDiscardUnknown(config.bool("discard_unknown"));
        step.setUseProtoNames(config.bool("use_proto_names"));
        step.setUseEnumNumbers(config.bool("use_enum_numbers"));
        try {
            step.compiled(); // Benthos reads the .proto files when the processor is built
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("unable to find message")
                    || e.getMessage().startsWith("message field") ? "message" : "import_paths";
            throw new ConfigException(config.position(field), "protobuf: " + e.getMessage());
        }
        String id = context.stepId(null);
        return tail.process(context.bind(id, step)).id(id);
    }
}
