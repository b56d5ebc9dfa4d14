package io.camelbenthos.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.ComponentTemplate;
import io.camelbenthos.config.Position;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Benthos config template read from a {@code -t} file: a new component name of its kind with the template's
 * fields, expanded by its Bloblang mapping (Benthos's {@code template.Render}: {@code this} is the usage's fields,
 * defaults applied, and {@code @label} its label).
 *
 * @param tests    the template's own unit tests ({@code template lint} runs them; here {@code lint -t} does)
 * @param location the template file
 */
public record ConfigTemplate(ComponentSpec spec, List<String> categories, String description, Mapping mapping,
                             List<TemplateTest> tests, String location) implements ComponentTemplate {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A test of the template: {@code config} rendered with {@code label} must give a valid config, equal to
     * {@code expected} (plain data) when that is given.
     */
    public record TemplateTest(String name, String label, Object config, Object expected, Position position) {
    }

    public ConfigTemplate {
        categories = List.copyOf(categories);
        tests = List.copyOf(tests);
    }

    @Override
    public Object render(Map<String, Object> fields, String label) {
        Message in;
        try {
            in = Message.builder().content(JSON.writeValueAsBytes(fields)).metadata("label", label).build();
            // `this` is the fields as typed values (an int is an int64, as Benthos's structured config is)
            in.setStructuredCache(new java.util.LinkedHashMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid config for template component: " + e.getMessage(), e);
        }
        Optional<Message> out;
        try {
            out = mapping.apply(in);
        } catch (BloblangException e) {
            throw new IllegalArgumentException("mapping failed for template component: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("mapping for template component resulted in invalid config: the config was deleted");
        }
        Object result;
        try {
            result = JSON.readValue(out.get().content(), Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("mapping for template component resulted in invalid config: " + e.getMessage(), e);
        }
        if (!(result instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("mapping for template component resulted in invalid config: expected an object, got "
                    + (result == null ? "null" : result.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
        }
        return result;
    }
}
