package io.camelbenthos.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.components.BenthosComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.config.RootSpec;
import java.util.List;

/**
 * A JSON Schema (draft-07, what the VS Code YAML extension reads) of the Benthos config format, generated from the
 * same component specs that drive parsing and lint, so editors complete and validate exactly what the runtime
 * accepts.
 *
 * <p>Each kind (input, processor, output) is a definition: an object with the reserved keys ({@code label},
 * {@code type}, and {@code processors} for inputs and outputs) plus one key per component, each referring to that
 * component's own definition. A component is written either with a single component key or with {@code type}, as
 * Benthos infers the type from the one non-reserved key.
 */
public final class ConfigSchema {
    /** Benthos's label rule: lower-case letters, digits, _ and -, not starting with _ or -. */
    static final String LABEL_PATTERN = "^[a-z0-9][a-z0-9_\\-]*$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ComponentRegistry registry;
    private final FieldSchemas fields = new FieldSchemas();

    public ConfigSchema(ComponentRegistry registry) {
        this.registry = registry;
    }

    /** The schema of the components registered on the classpath. */
    public static ObjectNode generate() {
        return new ConfigSchema(ComponentRegistry.defaultRegistry()).build();
    }

    public static String generateAsString() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the schema", e);
        }
    }

    public ObjectNode build() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Benthos / Redpanda Connect stream config (camel-benthos)");
        schema.put("type", "object");
        schema.set("properties", fields.properties(RootSpec.fields()));
        schema.put("additionalProperties", false);

        ObjectNode definitions = schema.putObject("definitions");
        definitions.set(FieldSchemas.ENV_REFERENCE, envReference());
        for (ComponentKind kind : ComponentKind.values()) {
            List<BenthosComponent> components = registry.all(kind);
            definitions.set(kind.yamlName(), kindSchema(kind, components));
            for (BenthosComponent component : components) {
                ComponentSpec spec = component.spec();
                definitions.set(FieldSchemas.componentDefinition(kind, spec.name()), componentSchema(spec));
            }
        }
        return schema;
    }

    private ObjectNode kindSchema(ComponentKind kind, List<BenthosComponent> components) {
        ObjectNode schema = NODES.objectNode();
        schema.put("description", "A Benthos " + kind.yamlName() + ": one component key (or `type`), plus a label"
                + (kind.hasProcessors() ? " and processors." : "."));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode label = properties.putObject("label");
        label.put("type", "string");
        label.put("pattern", LABEL_PATTERN);
        label.put("description", "A unique name for the component, used in logs, metrics and resource references.");
        ArrayNode names = NODES.arrayNode();
        components.forEach(c -> names.add(c.spec().name()));
        ObjectNode type = properties.putObject("type");
        type.set("enum", names);
        type.put("description", "The component type, when it is not given by the component key itself.");
        if (kind.hasProcessors()) {
            properties.set("processors", FieldSchemas.listOf(ComponentKind.PROCESSOR));
        }
        ArrayNode oneKey = NODES.arrayNode();
        for (BenthosComponent component : components) {
            ComponentSpec spec = component.spec();
            ObjectNode ref = NODES.objectNode();
            ref.put("$ref", "#/definitions/" + FieldSchemas.componentDefinition(kind, spec.name()));
            if (spec.summary() != null && !spec.summary().isEmpty()) {
                // Shown by editors while completing the key; a sibling of $ref is ignored in draft-07, so wrap it.
                ObjectNode described = NODES.objectNode();
                described.put("description", spec.summary());
                described.set("allOf", NODES.arrayNode().add(ref));
                ref = described;
            }
            properties.set(spec.name(), ref);
            oneKey.add(NODES.objectNode().set("required", NODES.arrayNode().add(spec.name())));
        }
        schema.put("additionalProperties", false);
        // Either `type` names the component, or exactly one component key does (Benthos's type inference).
        ArrayNode anyOf = schema.putArray("anyOf");
        anyOf.add(NODES.objectNode().set("required", NODES.arrayNode().add("type")));
        anyOf.add(NODES.objectNode().set("oneOf", oneKey));
        return schema;
    }

    private JsonNode componentSchema(ComponentSpec spec) {
        if (spec.isValueComponent()) {
            ObjectNode value = fields.fieldSchema(spec.fields().get(0));
            value.put("description", spec.summary());
            return value;
        }
        ObjectNode schema = fields.objectSchema(spec.fields());
        // `sync_response: {}` is often written `sync_response: ~` or with no value at all.
        schema.set("type", NODES.arrayNode().add("object").add("null"));
        schema.put("description", spec.summary());
        return schema;
    }

    /** A {@code ${VAR}} / {@code ${VAR:default}} reference, substituted before parsing, allowed for any scalar. */
    private static ObjectNode envReference() {
        ObjectNode env = NODES.objectNode();
        env.put("type", "string");
        env.put("pattern", "^\\$\\{[^}]+\\}$");
        env.put("description", "An environment variable reference, replaced before the config is parsed.");
        return env;
    }
}
