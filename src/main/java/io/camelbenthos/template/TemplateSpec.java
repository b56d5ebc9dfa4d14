package io.camelbenthos.template;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import java.util.List;

/** The fields of a Benthos config template file (Benthos's {@code template.ConfigSpec}), for linting it. */
final class TemplateSpec {
    static final List<String> FIELD_TYPES =
            List.of("string", "string_enum", "string_annotated_enum", "int", "float", "bool", "bloblang", "unknown");

    private TemplateSpec() {
    }

    static List<FieldSpec> fields() {
        return List.of(
                FieldSpec.required("name", FieldType.STRING, "The name of the component this template will create."),
                FieldSpec.required("type", FieldType.STRING, "The type of the component this template will create.")
                        .options("cache", "input", "output", "processor", "rate_limit"),
                FieldSpec.of("status", FieldType.STRING, "stable", "The stability of the template.")
                        .options("stable", "beta", "experimental", "deprecated"),
                FieldSpec.of("categories", FieldType.STRING_LIST, List.of(), "Tags grouping components in documentation."),
                FieldSpec.of("summary", FieldType.STRING, "", "A short summary of the component."),
                FieldSpec.of("description", FieldType.STRING, "", "A longer form description of the component."),
                FieldSpec.objectList("fields", "The configuration fields of the template.",
                        FieldSpec.required("name", FieldType.STRING, "The name of the field."),
                        FieldSpec.of("description", FieldType.STRING, "", "A description of the field."),
                        FieldSpec.required("type", FieldType.STRING, "The scalar type of the field.")
                                .options(FIELD_TYPES.toArray(String[]::new)),
                        FieldSpec.of("kind", FieldType.STRING, "scalar", "The kind of the field.").options("scalar", "map", "list"),
                        FieldSpec.of("default", FieldType.ANY, null, "An optional default value for the field."),
                        FieldSpec.of("advanced", FieldType.BOOL, false, "Whether this field is considered advanced."),
                        FieldSpec.of("options", FieldType.ANY, null, "Options of string_enum and string_annotated_enum fields.")),
                FieldSpec.required("mapping", FieldType.BLOBLANG,
                        "A Bloblang mapping that translates the fields of the template into a config of the target type."),
                FieldSpec.of("metrics_mapping", FieldType.BLOBLANG, "", "A mapping renaming the metrics of the template's components."),
                FieldSpec.objectList("tests", "Unit tests of the template, run by lint.",
                        FieldSpec.required("name", FieldType.STRING, "A name to identify the test."),
                        FieldSpec.of("label", FieldType.STRING, "", "A label to assign to this template when running the test."),
                        FieldSpec.of("config", FieldType.ANY, java.util.Map.of(), "The config to run this test with."),
                        FieldSpec.of("expected", FieldType.ANY, null, "The config the template is expected to render.")));
    }
}
