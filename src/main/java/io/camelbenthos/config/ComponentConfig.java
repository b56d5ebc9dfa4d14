package io.camelbenthos.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The typed, validated config of one component (or of one object-typed field inside it), with the spec's defaults
 * already applied. Accessors take the field name as the spec declares it; asking for an undeclared field is a
 * programming error ({@link IllegalArgumentException}).
 */
public interface ComponentConfig {
    /** The component type, e.g. {@code http_server}; for a nested object field, the field's name. */
    String type();

    /** The component's {@code label}, or "" when none. */
    String label();

    /** The Benthos config path, e.g. {@code root.pipeline.processors.0} or {@code root.output.broker.outputs.1}. */
    String path();

    /** Where the component (or object) starts in its file. */
    Position position();

    /** Where a field's value is, or the component's position when the field was defaulted. */
    Position position(String field);

    /** True when the user wrote the field (as opposed to it taking its default). */
    boolean isSet(String field);

    /** True when the component's spec has this field (so reading it cannot fail). */
    boolean declares(String field);

    String string(String field);

    long integer(String field);

    double number(String field);

    boolean bool(String field);

    /** A Go-style duration string ({@code 5s}, {@code 1m30s}, {@code 300ms}). */
    Duration duration(String field);

    List<String> stringList(String field);

    List<Long> integerList(String field);

    Map<String, String> stringMap(String field);

    /** An object-typed field, e.g. {@code sync_response} of {@code http_server}. */
    ComponentConfig object(String field);

    List<ComponentConfig> objectList(String field);

    /** A map of name to object, in the order written ({@code workflow.branches}). */
    Map<String, ComponentConfig> objectMap(String field);

    /** A single nested component, e.g. the child of a {@code resource}-free wrapper. */
    ComponentConfig component(String field);

    /** A list of nested components: {@code processors}, broker {@code outputs} / {@code inputs}, ... */
    List<ComponentConfig> components(String field);

    /** The common {@code processors} field of inputs and outputs (empty when absent). */
    List<ComponentConfig> processors();

    /** The raw value as plain Java data (String, Long, Double, Boolean, List, Map, null). */
    Object raw(String field);
}
