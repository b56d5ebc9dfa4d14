package io.camelbenthos.bloblang.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A compiled JSON schema (draft 4, 6 or 7; 7 when {@code $schema} is absent) that checks Bloblang values and fails
 * with the text Benthos builds from {@code xeipuuv/gojsonschema} results: one line per error,
 * {@code <field> <lower-cased description>}, e.g. {@code foo invalid type. expected: string, given: integer}.
 * Validation is done by networknt's validator; this class only translates its findings into gojsonschema's words.
 */
public final class JsonSchemaCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            b -> b.metaSchema(JsonMetaSchema.getV4()).metaSchema(JsonMetaSchema.getV6()));

    private final JsonSchema schema;

    private JsonSchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** @throws FormatException when the schema is not JSON or not a valid schema */
    public static JsonSchemaCheck compile(String schemaJson) {
        try {
            JsonNode node = MAPPER.readTree(schemaJson);
            if (node == null) {
                throw new FormatException("failed to compile JSON schema: empty schema");
            }
            JsonSchema s = FACTORY.getSchema(node);
            s.initializeValidators();
            return new JsonSchemaCheck(s);
        } catch (JsonProcessingException e) {
            throw new FormatException("failed to parse JSON schema: " + e.getOriginalMessage(), e);
        } catch (JsonSchemaException e) {
            throw new FormatException("failed to compile JSON schema: " + e.getMessage(), e);
        }
    }

    /** @throws FormatException listing every violation, one per line */
    public void check(Object value) {
        Set<ValidationMessage> messages = schema.validate(JsonNodes.toNode(value));
        if (messages.isEmpty()) {
            return;
        }
        List<ValidationMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()));
        StringBuilder sb = new StringBuilder();
        for (ValidationMessage m : ordered) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String field = field(m.getInstanceLocation());
            String description = description(m, field).toLowerCase(Locale.ROOT);
            String property = m.getProperty();
            if (property != null && hasPropertyDetail(m.getType())) {
                // Benthos restores the property's case after lower-casing gojsonschema's description.
                String lower = property.toLowerCase(Locale.ROOT);
                description = property + (description.startsWith(lower) ? description.substring(lower.length())
                        : description);
            }
            sb.append(field).append(' ').append(description);
        }
        throw new FormatException(sb.toString());
    }

    /** gojsonschema's context: {@code (root)} for the document, else the path joined by dots. */
    private static String field(JsonNodePath path) {
        if (path.getNameCount() == 0) {
            return "(root)";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(path.getElement(i));
        }
        return sb.toString();
    }

    private static boolean hasPropertyDetail(String keyword) {
        return switch (keyword) {
            case "required", "additionalProperties", "propertyNames", "dependencies", "dependentRequired" -> true;
            default -> false;
        };
    }

    /** gojsonschema's default-locale description for the failed keyword. */
    private static String description(ValidationMessage m, String field) {
        JsonNode s = m.getSchemaNode();
        JsonNode instance = m.getInstanceNode();
        return switch (m.getType()) {
            case "type" -> "Invalid type. Expected: " + typeList(s) + ", given: " + jsonType(instance);
            case "required" -> m.getProperty() + " is required";
            case "enum" -> field + " must be one of the following: " + allowed(s);
            case "const" -> field + " does not match: " + compact(s);
            case "minLength" -> "String length must be greater than or equal to " + number(s);
            case "maxLength" -> "String length must be less than or equal to " + number(s);
            case "pattern" -> "Does not match pattern '" + s.asText() + "'";
            case "format" -> "Does not match format '" + s.asText() + "'";
            case "minimum" -> exclusiveDraft4(m)
                    ? "Must be greater than " + number(s) : "Must be greater than or equal to " + number(s);
            case "maximum" -> exclusiveDraft4(m)
                    ? "Must be less than " + number(s) : "Must be less than or equal to " + number(s);
            case "exclusiveMinimum" -> "Must be greater than " + number(s);
            case "exclusiveMaximum" -> "Must be less than " + number(s);
            case "multipleOf" -> "Must be a multiple of " + number(s);
            case "minItems" -> "Array must have at least " + number(s) + " items";
            case "maxItems" -> "Array must have at most " + number(s) + " items";
            case "uniqueItems" -> "array items must be unique";
            case "minProperties" -> "Must have at least " + number(s) + " properties";
            case "maxProperties" -> "Must have at most " + number(s) + " properties";
            case "additionalProperties" -> "Additional property " + m.getProperty() + " is not allowed";
            case "additionalItems" -> "No additional items allowed on array";
            case "anyOf" -> "Must validate at least one schema (anyOf)";
            case "oneOf" -> "Must validate one and only one schema (oneOf)";
            case "allOf" -> "Must validate all the schemas (allOf)";
            case "not" -> "Must not validate the schema (not)";
            case "contains" -> "At least one of the items must match";
            case "propertyNames" -> "Property name of \"" + m.getProperty() + "\" does not match";
            case "dependencies", "dependentRequired" -> "Has a dependency on " + dependency(m);
            case "then" -> "Must validate \"then\" as \"if\" was valid";
            case "else" -> "Must validate \"else\" as \"if\" was not valid";
            default -> m.getMessage();
        };
    }

    /** Draft 4 spells an exclusive bound as a boolean next to minimum/maximum; the validator says so in its key. */
    private static boolean exclusiveDraft4(ValidationMessage m) {
        String key = m.getMessageKey();
        return key != null && key.contains("exclusive");
    }

    private static String dependency(ValidationMessage m) {
        Object[] args = m.getArguments();
        return args != null && args.length > 0 ? String.valueOf(args[args.length - 1]) : "";
    }

    private static String typeList(JsonNode s) {
        if (s != null && s.isArray()) {
            List<String> types = new ArrayList<>();
            s.forEach(t -> types.add(t.asText()));
            return types.size() == 1 ? types.get(0) : "[" + String.join(",", types) + "]";
        }
        return s == null ? "" : s.asText();
    }

    /** gojsonschema's instance type: integral numbers, even {@code 1.0}, are {@code integer}. */
    static String jsonType(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        if (n.isNumber()) {
            return isIntegral(n) ? "integer" : "number";
        }
        if (n.isTextual()) {
            return "string";
        }
        return n.isArray() ? "array" : "object";
    }

    private static boolean isIntegral(JsonNode n) {
        if (n.isIntegralNumber()) {
            return true;
        }
        BigDecimal d = n.decimalValue();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static String number(JsonNode n) {
        if (n == null) {
            return "";
        }
        if (isIntegral(n)) {
            return n.decimalValue().toBigInteger().toString();
        }
        return n.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String allowed(JsonNode s) {
        List<String> parts = new ArrayList<>();
        if (s != null && s.isArray()) {
            s.forEach(v -> parts.add(compact(v)));
        }
        return String.join(", ", parts);
    }

    private static String compact(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            return String.valueOf(n);
        }
    }
}
