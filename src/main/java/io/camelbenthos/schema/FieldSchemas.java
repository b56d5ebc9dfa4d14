package io.camelbenthos.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.FieldSpec;
import java.util.List;

/** The JSON Schema of one declared field, by its {@link io.camelbenthos.components.FieldType}. */
final class FieldSchemas {
    static final String ENV_REFERENCE = "env_reference";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    static String componentDefinition(ComponentKind kind, String name) {
        return kind.yamlName() + "." + name;
    }

    static ObjectNode listOf(ComponentKind kind) {
        ObjectNode list = NODES.objectNode();
        list.put("type", "array");
        list.putObject("items").put("$ref", "#/definitions/" + kind.yamlName());
        return list;
    }

    ObjectNode properties(List<FieldSpec> fields) {
        ObjectNode properties = NODES.objectNode();
        for (FieldSpec field : fields) {
            properties.set(field.name(), fieldSchema(field));
        }
        return properties;
    }

    ObjectNode objectSchema(List<FieldSpec> fields) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.set("properties", properties(fields));
        schema.put("additionalProperties", false);
        ArrayNode required = NODES.arrayNode();
        fields.stream().filter(FieldSpec::required).forEach(f -> required.add(f.name()));
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    ObjectNode fieldSchema(FieldSpec field) {
        ObjectNode schema = typeSchema(field);
        if (field.description() != null && !field.description().isEmpty()) {
            schema.put("description", field.description());
        }
        if (field.defaultValue() != null) {
            schema.set("default", JSON.valueToTree(field.defaultValue()));
        }
        return schema;
    }

    private ObjectNode typeSchema(FieldSpec field) {
        return switch (field.type()) {
            case STRING, INTERPOLATED_STRING, BLOBLANG, DURATION, RATE_LIMIT_LABEL, CACHE_LABEL -> stringSchema(field);
            case INT -> scalar("integer");
            case FLOAT -> scalar("number");
            case BOOL -> scalar("boolean");
            case STRING_LIST, CACHE_LABEL_LIST -> arrayOf(stringSchema(field));
            case INT_LIST -> arrayOf(scalar("integer"));
            case STRING_MAP, INTERPOLATED_MAP -> {
                ObjectNode map = NODES.objectNode();
                map.put("type", "object");
                map.set("additionalProperties", scalar("string"));
                yield map;
            }
            case OBJECT -> objectSchema(field.children());
            case OBJECT_LIST -> arrayOf(objectSchema(field.children()));
            case OBJECT_MAP -> {
                ObjectNode map = NODES.objectNode();
                map.put("type", "object");
                map.set("additionalProperties", objectSchema(field.children()));
                yield map;
            }
            case INPUT -> ref(ComponentKind.INPUT);
            case PROCESSOR -> ref(ComponentKind.PROCESSOR);
            case OUTPUT -> ref(ComponentKind.OUTPUT);
            case BUFFER -> ref(ComponentKind.BUFFER);
            case INPUT_LIST -> listOf(ComponentKind.INPUT);
            case PROCESSOR_LIST -> listOf(ComponentKind.PROCESSOR);
            case OUTPUT_LIST -> listOf(ComponentKind.OUTPUT);
            case RATE_LIMIT_LIST -> listOf(ComponentKind.RATE_LIMIT);
            case CACHE_LIST -> listOf(ComponentKind.CACHE);
            case ANY -> NODES.objectNode();
        };
    }

    /** Strings, with the allowed values when the field declares them (an env reference is allowed too). */
    private static ObjectNode stringSchema(FieldSpec field) {
        if (field.options().isEmpty()) {
            return scalarOnly("string");
        }
        ObjectNode options = NODES.objectNode();
        ArrayNode values = options.putArray("enum");
        field.options().forEach(values::add);
        ObjectNode schema = NODES.objectNode();
        schema.putArray("anyOf").add(options).add(envRef());
        return schema;
    }

    /**
     * A non-string scalar, or an env reference: {@code port: ${PORT:4195}} is a string in the YAML an editor sees,
     * and only becomes a number once Benthos substituted it.
     */
    private static ObjectNode scalar(String type) {
        if (type.equals("string")) {
            return scalarOnly(type);
        }
        ObjectNode schema = NODES.objectNode();
        schema.putArray("anyOf").add(scalarOnly(type)).add(envRef());
        return schema;
    }

    private static ObjectNode scalarOnly(String type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", type);
        return schema;
    }

    private static ObjectNode envRef() {
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", "#/definitions/" + ENV_REFERENCE);
        return ref;
    }

    private static ObjectNode arrayOf(JsonNode items) {
        ObjectNode array = NODES.objectNode();
        array.put("type", "array");
        array.set("items", items);
        return array;
    }

    private static ObjectNode ref(ComponentKind kind) {
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", "#/definitions/" + kind.yamlName());
        return ref;
    }
}
