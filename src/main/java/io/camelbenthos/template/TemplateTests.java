package io.camelbenthos.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.PlainNodes;
import io.camelbenthos.config.Problems;
import io.camelbenthos.config.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's own unit tests (what Benthos's {@code template lint} runs): each test's config is rendered with its
 * label, the result must lint as a component of the template's type, and equal the test's {@code expected} when
 * given. Failures read as Benthos's ({@code test 'x': lint error in resulting config: ...},
 * {@code test 'x': mismatch between expected and actual resulting config: ...}), at the template file's line 1.
 */
public final class TemplateTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateTests() {
    }

    /** Every failure of every test of the template, as {@code file:1:1: message}; empty when all pass. */
    public static List<String> run(ConfigTemplate template, ComponentRegistry registry) {
        List<String> failures = new ArrayList<>();
        ConfigLoader loader = new ConfigLoader(registry, Map.of(), List.of());
        String at = template.location() + ":1:1: ";
        for (ConfigTemplate.TemplateTest test : template.tests()) {
            String prefix = at + "test '" + test.name() + "': ";
            Object rendered;
            try {
                rendered = template.render(fieldValues(template, test), test.label());
            } catch (IllegalArgumentException e) {
                failures.add(prefix + e.getMessage());
                continue;
            }
            Problems lints = new Problems();
            loader.checkComponent(PlainNodes.toNode(rendered, test.position()), template.spec().kind(), "root", lints);
            for (String lint : lints.formatted()) {
                failures.add(prefix + "lint error in resulting config: " + lint.substring(lint.indexOf(": ") + 2));
            }
            if (test.expected() != null && !sameJson(test.expected(), rendered)) {
                failures.add(prefix + "mismatch between expected and actual resulting config: expected "
                        + json(test.expected()) + ", got " + json(rendered));
            }
        }
        return failures;
    }

    /**
     * The test's config as the template's fields see it: parsed against the template's spec (defaults, coercion),
     * as a usage in a config would be. Field problems make the test fail with {@code invalid config ...}.
     */
    private static Map<String, Object> fieldValues(ConfigTemplate template, ConfigTemplate.TemplateTest test) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put(template.spec().name(), test.config() == null ? Map.of() : test.config());
        Problems problems = new Problems();
        YamlNode usage = PlainNodes.toNode(plain, test.position());
        // The template as a plain component: its fields are parsed, nothing is expanded.
        ConfigLoader fieldsOnly = new ConfigLoader(new ComponentRegistry(List.of(template::spec)), Map.of(), List.of());
        io.camelbenthos.config.ComponentConfig parsed = fieldsOnly.checkComponent(usage, template.spec().kind(), "root",
                problems);
        if (parsed == null || !problems.isEmpty()) {
            String first = problems.formatted().isEmpty() ? "unusable" : problems.formatted().get(0);
            throw new IllegalArgumentException("invalid config for template component: " + first.substring(first.indexOf(": ") + 2));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        template.spec().fields().forEach(f -> values.put(f.name(), parsed.raw(f.name())));
        return values;
    }

    private static boolean sameJson(Object expected, Object actual) {
        try {
            return JSON.readTree(JSON.writeValueAsBytes(expected)).equals(JSON.readTree(JSON.writeValueAsBytes(actual)));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
