package io.camelbenthos.template;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.ParsedConfig;
import io.camelbenthos.config.Problems;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.config.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a template file into a {@link ConfigTemplate}, linting it against the template spec as Benthos does
 * ({@code template.ReadConfigFile}): every problem at its {@code file:line:col}. A template whose fields or mapping
 * cannot be used is not returned.
 */
final class TemplateReader {
    private TemplateReader() {
    }

    /**
     * @return the template, or null when it has problems that make it unusable (they are in {@code problems})
     * @throws ConfigException when the file cannot be read or is not YAML
     */
    static ConfigTemplate read(Path file, Problems problems) {
        String location = file.toString();
        YamlNode tree = YamlReader.read(location, ConfigLoader.read(file));
        Problems own = new Problems();
        ParsedConfig conf = ConfigLoader.checkObject(tree, TemplateSpec.fields(), own);
        problems.addAll(own, "");
        if (!own.isEmpty()) {
            return null;
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (ComponentConfig field : conf.objectList("fields")) {
            try {
                fields.add(fieldSpec(field));
            } catch (IllegalArgumentException e) {
                problems.add(field.position(), "field " + field.string("name") + ": " + e.getMessage());
            }
        }
        if (fields.size() < conf.objectList("fields").size()) {
            return null;
        }
        io.camelbenthos.bloblang.Mapping mapping;
        try {
            mapping = Bloblang.parse(conf.string("mapping"));
        } catch (BloblangException e) {
            problems.add(conf.position("mapping"), "parse mapping: " + e.getMessage());
            return null;
        }
        ComponentKind kind = ComponentKind.valueOf(conf.string("type").toUpperCase(Locale.ROOT));
        ComponentSpec spec = new ComponentSpec(conf.string("name"), kind, conf.string("status"), conf.string("summary"),
                fields);
        List<ConfigTemplate.TemplateTest> tests = new ArrayList<>();
        for (ComponentConfig test : conf.objectList("tests")) {
            tests.add(new ConfigTemplate.TemplateTest(test.string("name"), test.string("label"), test.raw("config"),
                    test.isSet("expected") ? test.raw("expected") : null, test.position()));
        }
        return new ConfigTemplate(spec, conf.stringList("categories"), conf.string("description"), mapping, tests,
                location);
    }

    /** A template field as a component field (Benthos's {@code FieldConfig.FieldSpec}): type and kind to a type. */
    private static FieldSpec fieldSpec(ComponentConfig field) {
        String type = field.string("type");
        String kind = field.string("kind");
        List<String> options = options(type, field.raw("options"));
        FieldType fieldType = switch (kind) {
            case "list" -> switch (type) {
                case "string", "string_enum", "string_annotated_enum", "bloblang" -> FieldType.STRING_LIST;
                case "int" -> FieldType.INT_LIST;
                default -> FieldType.ANY;
            };
            case "map" -> type.startsWith("string") ? FieldType.STRING_MAP : FieldType.ANY;
            default -> switch (type) {
                case "int" -> FieldType.INT;
                case "float" -> FieldType.FLOAT;
                case "bool" -> FieldType.BOOL;
                case "bloblang" -> FieldType.BLOBLANG;
                case "unknown" -> FieldType.ANY;
                default -> FieldType.STRING;
            };
        };
        String name = field.string("name");
        String description = field.string("description");
        FieldSpec spec = field.isSet("default")
                ? FieldSpec.of(name, fieldType, field.raw("default"), description)
                : FieldSpec.required(name, fieldType, description);
        if (!options.isEmpty() && fieldType == FieldType.STRING) {
            spec = spec.options(options.toArray(String[]::new));
        }
        return field.bool("advanced") ? spec.asAdvanced() : spec;
    }

    /** The allowed values of an enum field, with Benthos's checks ({@code at least one option must be provided}...). */
    private static List<String> options(String type, Object options) {
        if (type.equals("string_enum")) {
            if (!(options instanceof List<?> list)) {
                throw new IllegalArgumentException("expected options to be an array, got: " + goType(options));
            }
            if (list.isEmpty()) {
                throw new IllegalArgumentException("at least one option must be provided");
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new IllegalArgumentException("only string options are allowed");
                }
                if (out.contains(s)) {
                    throw new IllegalArgumentException("duplicate options are not allowed");
                }
                out.add(s);
            }
            return out;
        }
        if (type.equals("string_annotated_enum")) {
            if (!(options instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("expected options to be an object, got: " + goType(options));
            }
            if (map.isEmpty()) {
                throw new IllegalArgumentException("at least one annotated option must be provided");
            }
            List<String> out = new ArrayList<>();
            map.forEach((k, v) -> {
                if (!(v instanceof String)) {
                    throw new IllegalArgumentException("expected the annotation for option \"" + k + "\" to be a string");
                }
                out.add(String.valueOf(k));
            });
            return out;
        }
        return List.of();
    }

    private static String goType(Object o) {
        return o == null ? "<nil>" : o instanceof List ? "[]interface {}" : o instanceof Map ? "map[string]interface {}"
                : o instanceof String ? "string" : o.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
