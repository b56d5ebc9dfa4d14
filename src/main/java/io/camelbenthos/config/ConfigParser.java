package io.camelbenthos.config;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.ComponentTemplate;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds {@link ParsedConfig}s from a {@link YamlNode} tree, driven by the component specs: infers component types,
 * applies defaults, and records every problem (unknown fields, wrong types, missing required fields, enum
 * violations, unknown components, bad labels, Bloblang errors) instead of stopping at the first.
 */
final class ConfigParser {
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9_\\-]+$");
    private static final Set<String> RESERVED = Set.of("label", "type", "plugin", "meta");
    private static final int MAX_TEMPLATE_DEPTH = 16;

    /** A {@code resource: <label>} reference, checked once all resources are known. */
    record ResourceRef(ComponentKind kind, String label, Position position) {
    }

    private final ComponentRegistry registry;
    private final Problems problems;
    private final BloblangLint bloblang;
    private final Map<String, Position> labels = new HashMap<>();
    private final List<ResourceRef> resourceRefs;
    /** How many template expansions enclose what is being parsed (a template expanding into itself stops). */
    private final int templateDepth;

    ConfigParser(ComponentRegistry registry, Problems problems) {
        this(registry, problems, new ArrayList<>(), 0);
    }

    private ConfigParser(ComponentRegistry registry, Problems problems, List<ResourceRef> resourceRefs, int templateDepth) {
        this.registry = registry;
        this.problems = problems;
        this.bloblang = new BloblangLint(problems);
        this.resourceRefs = resourceRefs;
        this.templateDepth = templateDepth;
    }

    List<ResourceRef> resourceRefs() {
        return resourceRefs;
    }

    /** Parses a whole document against {@link RootSpec}. */
    ParsedConfig root(YamlNode node) {
        YamlNode.Mapping map;
        if (node instanceof YamlNode.Mapping m) {
            map = m;
        } else {
            problems.add(node.position(), "expected object value, got " + node.tagName());
            map = new YamlNode.Mapping(new LinkedHashMap<>(), node.position());
        }
        return object(map, "root", "root", RootSpec.fields(), null, false);
    }

    ParsedConfig component(YamlNode node, ComponentKind kind, String path) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(node.position(), "expected object value, got !!null");
            return null;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.position(), "expected object value, got " + node.tagName());
            return null;
        }
        int problemsBefore = problems.size();
        String type = componentType(map, kind);
        if (type == null) {
            return null;
        }
        ComponentSpec spec = registry.spec(kind, type).orElse(null);
        if (spec == null) {
            problems.add(map.position(), "failed to obtain docs for " + kind.yamlName() + " type " + type);
            return null;
        }
        for (YamlNode.Entry e : map.view().values()) {
            String key = e.key();
            boolean allowed = key.equals(type) || RESERVED.contains(key)
                    || (key.equals("processors") && kind.hasProcessors());
            if (!allowed) {
                problems.add(e.keyPosition(), "field " + key + " is invalid when the component type is " + type
                        + " (" + kind.yamlName() + ")");
            }
        }
        String label = label(map);
        YamlNode body = map.get(type);
        ParsedConfig parsed;
        if (spec.isValueComponent()) {
            FieldSpec field = spec.fields().get(0);
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Position> positions = new HashMap<>();
            Set<String> written = new HashSet<>();
            Position pos = body == null ? map.position() : body.position();
            if (body == null || (body instanceof YamlNode.Scalar s && s.isNull() && field.defaultValue() != null)) {
                values.put(field.name(), defaultValue(field, path + "." + type, pos));
            } else {
                values.put(field.name(), value(field, body, path + "." + type));
                positions.put(field.name(), pos);
                written.add(field.name());
            }
            if (type.equals("resource") && values.get(field.name()) instanceof String ref) {
                resourceRefs.add(new ResourceRef(kind, ref, pos));
            }
            parsed = new ParsedConfig(type, label, path, map.position(), kind, true, spec.fields(), values, positions,
                    written, processors(map, kind, path));
        } else {
            YamlNode.Mapping fields;
            if (body == null || (body instanceof YamlNode.Scalar s && s.isNull())) {
                fields = new YamlNode.Mapping(new LinkedHashMap<>(), body == null ? map.position() : body.position());
            } else if (body instanceof YamlNode.Mapping m) {
                fields = m;
            } else {
                problems.add(body.position(), "expected object value, got " + body.tagName());
                return null;
            }
            ParsedConfig inner = object(fields, type, path + "." + type, spec.fields(), kind, false);
            parsed = inner.withComponent(label, map.position(), path, processors(map, kind, path));
        }
        if (registry.find(kind, type).orElse(null) instanceof ComponentTemplate template) {
            // a usage with problems of its own is not rendered: its mapping would only add noise about them
            return problems.size() > problemsBefore ? null : expand(template, parsed, kind, path);
        }
        return parsed;
    }

    /**
     * A template's usage becomes the component its mapping renders (Benthos's template registration): the usage's
     * label is kept; an input's template processors run before the usage's own, an output's after them. Problems of
     * the rendered config are reported at the usage, prefixed with the template's name.
     */
    private ParsedConfig expand(ComponentTemplate template, ParsedConfig usage, ComponentKind kind, String path) {
        String name = template.spec().name();
        Position at = usage.position();
        if (templateDepth >= MAX_TEMPLATE_DEPTH) {
            problems.add(at, "template " + name + " expands into templates more than " + MAX_TEMPLATE_DEPTH + " levels deep");
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec f : template.spec().fields()) {
            values.put(f.name(), usage.raw(f.name()));
        }
        Object rendered;
        try {
            rendered = template.render(values, usage.label());
        } catch (IllegalArgumentException e) {
            problems.add(at, "template " + name + ": " + e.getMessage());
            return null;
        }
        Map<String, Object> config = new LinkedHashMap<>();
        ((Map<?, ?>) rendered).forEach((k, v) -> config.put(String.valueOf(k), v));
        config.remove("label");
        Problems inner = new Problems();
        ConfigParser sub = new ConfigParser(registry, inner, resourceRefs, templateDepth + 1);
        ParsedConfig expanded = sub.component(PlainNodes.toNode(config, at), kind, path);
        problems.addAll(inner, "template " + name + ": ");
        if (expanded == null) {
            return null;
        }
        List<ComponentConfig> processors = new ArrayList<>();
        if (kind == ComponentKind.OUTPUT) {
            processors.addAll(usage.processors());
            processors.addAll(expanded.processors());
        } else {
            processors.addAll(expanded.processors());
            processors.addAll(usage.processors());
        }
        return expanded.withLabelAndProcessors(usage.label(), processors);
    }

    private List<ParsedConfig> processors(YamlNode.Mapping map, ComponentKind kind, String path) {
        if (!kind.hasProcessors()) {
            return List.of();
        }
        YamlNode node = map.get("processors");
        if (node == null || (node instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        return componentList(node, ComponentKind.PROCESSOR, path + ".processors");
    }

    private String componentType(YamlNode.Mapping map, ComponentKind kind) {
        YamlNode explicit = map.get("type");
        if (explicit instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isEmpty()) {
            return s.value();
        }
        List<String> candidates = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (String key : map.view().keySet()) {
            if (RESERVED.contains(key) || (key.equals("processors") && kind.hasProcessors())) {
                continue;
            }
            candidates.add(key);
            if (registry.find(kind, key).isPresent()) {
                known.add(key);
            }
        }
        if (known.size() > 1) {
            problems.add(map.position(), "unable to infer " + kind.yamlName() + " type, multiple candidates '"
                    + known.get(0) + "' and '" + known.get(1) + "'");
            return null;
        }
        if (known.size() == 1) {
            return known.get(0);
        }
        if (candidates.isEmpty()) {
            problems.add(map.position(), "unable to infer " + kind.yamlName() + " type, no component was specified");
        } else {
            YamlNode.Entry first = map.view().get(candidates.get(0));
            problems.add(first.keyPosition(), "unable to infer component type: " + String.join(", ", candidates));
        }
        return null;
    }

    private String label(YamlNode.Mapping map) {
        YamlNode.Entry entry = map.view().get("label");
        if (entry == null || (entry.value() instanceof YamlNode.Scalar s && s.isNull())) {
            return "";
        }
        if (!(entry.value() instanceof YamlNode.Scalar s)) {
            problems.add(entry.value().position(), "expected string value, got " + entry.value().tagName());
            return "";
        }
        String label = s.value();
        if (label.isEmpty()) {
            return "";
        }
        if (!LABEL.matcher(label).matches() || label.startsWith("_") || label.startsWith("-")) {
            problems.add(s.position(), "invalid label '" + label
                    + "': should match [a-z0-9_-]+ and not start with an underscore or hyphen");
            return label;
        }
        Position previous = labels.putIfAbsent(label, s.position());
        if (previous != null) {
            problems.add(s.position(), "label '" + label + "' collides with a previously defined label at line "
                    + previous.line());
        }
        return label;
    }

    /**
     * Parses a mapping against a list of field specs.
     *
     * @param lenient true when building defaults for an object that was not written: its required fields are not
     *                reported (they only matter once the user writes the object)
     */
    ParsedConfig object(YamlNode.Mapping map, String type, String path, List<FieldSpec> fields, ComponentKind kind,
                        boolean lenient) {
        Map<String, FieldSpec> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        for (YamlNode.Entry e : map.view().values()) {
            if (!byName.containsKey(e.key())) {
                problems.addLint(e.keyPosition(), "field " + e.key() + " not recognised");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Position> positions = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (FieldSpec f : fields) {
            YamlNode.Entry e = map.view().get(f.name());
            String fieldPath = path + "." + f.name();
            boolean absent = e == null || (e.value() instanceof YamlNode.Scalar s && s.isNull() && !isScalarType(f.type()));
            if (absent) {
                if (f.required() && !lenient) {
                    problems.add(e == null ? map.position() : e.keyPosition(), "field " + f.name() + " is required");
                }
                values.put(f.name(), defaultValue(f, fieldPath, map.position()));
                continue;
            }
            values.put(f.name(), value(f, e.value(), fieldPath));
            positions.put(f.name(), e.value().position());
            written.add(f.name());
        }
        return new ParsedConfig(type, "", path, map.position(), kind, false, fields, values, positions, written, List.of());
    }

    private static boolean isScalarType(FieldType t) {
        return switch (t) {
            case STRING, INTERPOLATED_STRING, BLOBLANG, DURATION, RATE_LIMIT_LABEL, CACHE_LABEL, ANY -> true;
            default -> false;
        };
    }

    /** The default of an unwritten field, parsed like a written one so it has the same shape. */
    private Object defaultValue(FieldSpec f, String path, Position at) {
        Object def = f.defaultValue();
        if (f.type() == FieldType.OBJECT && def == null) {
            return object(new YamlNode.Mapping(new LinkedHashMap<>(), at), f.name(), path, f.children(), null, true);
        }
        if (def == null) {
            return null;
        }
        return value(f, PlainNodes.toNode(def, at), path);
    }

    private Object value(FieldSpec f, YamlNode node, String path) {
        return switch (f.type()) {
            case STRING, DURATION, INTERPOLATED_STRING, BLOBLANG, RATE_LIMIT_LABEL, CACHE_LABEL -> text(f, node);
            case INT -> integer(node);
            case FLOAT -> number(node);
            case BOOL -> bool(node);
            case STRING_LIST -> stringList(node);
            case CACHE_LABEL_LIST -> labelList(node, ComponentKind.CACHE);
            case INT_LIST -> intList(node);
            case STRING_MAP, INTERPOLATED_MAP -> stringMap(f, node);
            case OBJECT -> node instanceof YamlNode.Mapping m
                    ? object(m, f.name(), path, f.children(), null, false)
                    : wrongType(node, "object");
            case OBJECT_LIST -> objectList(f, node, path);
            case OBJECT_MAP -> objectMap(f, node, path);
            case INPUT -> component(node, ComponentKind.INPUT, path);
            case PROCESSOR -> component(node, ComponentKind.PROCESSOR, path);
            case OUTPUT -> component(node, ComponentKind.OUTPUT, path);
            case BUFFER -> component(node, ComponentKind.BUFFER, path);
            case INPUT_LIST -> componentList(node, ComponentKind.INPUT, path);
            case PROCESSOR_LIST -> componentList(node, ComponentKind.PROCESSOR, path);
            case OUTPUT_LIST -> componentList(node, ComponentKind.OUTPUT, path);
            case RATE_LIMIT_LIST -> componentList(node, ComponentKind.RATE_LIMIT, path);
            case CACHE_LIST -> componentList(node, ComponentKind.CACHE, path);
            case ANY -> PlainNodes.toPlain(node);
        };
    }

    private Object wrongType(YamlNode node, String expected) {
        problems.add(node.position(), "expected " + expected + " value, got " + node.tagName());
        return null;
    }

    private String text(FieldSpec f, YamlNode node) {
        if (!(node instanceof YamlNode.Scalar s)) {
            wrongType(node, "string");
            return null;
        }
        String v = s.isNull() ? "" : s.value();
        if (!f.options().isEmpty() && f.options().stream().noneMatch(o -> o.equalsIgnoreCase(v))) {
            problems.add(s.position(), "value " + v + " is not a valid option for this field");
        }
        switch (f.type()) {
            case BLOBLANG -> bloblang.checkMapping(s);
            case RATE_LIMIT_LABEL -> {
                if (!v.isEmpty()) {
                    resourceRefs.add(new ResourceRef(ComponentKind.RATE_LIMIT, v, s.position()));
                }
            }
            case CACHE_LABEL -> {
                if (!v.isEmpty()) {
                    resourceRefs.add(new ResourceRef(ComponentKind.CACHE, v, s.position()));
                }
            }
            case INTERPOLATED_STRING -> bloblang.checkInterpolation(s);
            case DURATION -> {
                if (!v.isEmpty()) {
                    try {
                        GoDuration.parse(v);
                    } catch (GoTimeException e) {
                        problems.add(s.position(), e.getMessage());
                    }
                }
            }
            default -> {
            }
        }
        return v;
    }

    private Long integer(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            try {
                return Long.parseLong(s.value().replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        wrongType(node, "int");
        return 0L;
    }

    private Double number(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            try {
                return Double.parseDouble(s.value());
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        wrongType(node, "float");
        return 0.0;
    }

    private Boolean bool(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            String v = s.value().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.valueOf(v);
            }
        }
        wrongType(node, "bool");
        return Boolean.FALSE;
    }

    private List<String> stringList(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            wrongType(node, "array");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s) {
                out.add(s.value());
            } else {
                wrongType(item, "string");
            }
        }
        return out;
    }

    /** A list of resource labels, each one a reference checked once all resources are known. */
    private List<String> labelList(YamlNode node, ComponentKind kind) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            wrongType(node, "array");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s) {
                out.add(s.value());
                resourceRefs.add(new ResourceRef(kind, s.value(), s.position()));
            } else {
                wrongType(item, "string");
            }
        }
        return out;
    }

    private List<Long> intList(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            wrongType(node, "array");
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        seq.items().forEach(item -> out.add(integer(item)));
        return out;
    }

    private Map<String, String> stringMap(FieldSpec f, YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            wrongType(node, "object");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.view().values()) {
            if (e.value() instanceof YamlNode.Scalar s) {
                out.put(e.key(), s.isNull() ? "" : s.value());
                if (f.type() == FieldType.INTERPOLATED_MAP) {
                    bloblang.checkInterpolation(s);
                }
            } else {
                wrongType(e.value(), "string");
            }
        }
        return out;
    }

    private List<ParsedConfig> objectList(FieldSpec f, YamlNode node, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            wrongType(node, "array");
            return List.of();
        }
        List<ParsedConfig> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (item instanceof YamlNode.Mapping m) {
                out.add(object(m, f.name(), path + "." + i, f.children(), null, false));
            } else {
                wrongType(item, "object");
            }
        }
        return out;
    }

    private Map<String, ParsedConfig> objectMap(FieldSpec f, YamlNode node, String path) {
        if (!(node instanceof YamlNode.Mapping map)) {
            wrongType(node, "object");
            return Map.of();
        }
        Map<String, ParsedConfig> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.view().values()) {
            if (e.value() instanceof YamlNode.Mapping m) {
                out.put(e.key(), object(m, f.name(), path + "." + e.key(), f.children(), null, false));
            } else {
                wrongType(e.value(), "object");
            }
        }
        return out;
    }

    List<ParsedConfig> componentList(YamlNode node, ComponentKind kind, String path) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            wrongType(node, "array");
            return List.of();
        }
        List<ParsedConfig> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            ParsedConfig c = component(seq.items().get(i), kind, path + "." + i);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }
}
