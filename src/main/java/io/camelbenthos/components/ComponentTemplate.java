package io.camelbenthos.components;

import java.util.Map;

/**
 * A component defined by a Benthos config template ({@code -t/--templates}): its spec lists the template's fields,
 * and its config is expanded into another component's config by the template's Bloblang mapping. The config parser
 * expands it in place, so translation only ever sees the component the template stands for.
 */
public interface ComponentTemplate extends BenthosComponent {
    /**
     * Runs the template's mapping on the usage's field values (defaults applied, coerced to the field types) with
     * the usage's label as the {@code label} metadata.
     *
     * @return the resulting component config as plain data (an object)
     * @throws IllegalArgumentException with Benthos's text when the mapping fails or gives no object
     */
    Object render(Map<String, Object> fields, String label);
}
