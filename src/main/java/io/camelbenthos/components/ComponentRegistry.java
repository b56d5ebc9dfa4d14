package io.camelbenthos.components;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every Benthos component on the classpath, found with {@link ServiceLoader} through
 * {@code META-INF/services/io.camelbenthos.components.BenthosComponent}, looked up by kind and name. Used by the
 * config parser, the translator, lint, schema and docs.
 */
public final class ComponentRegistry {
    private static volatile ComponentRegistry defaultRegistry;

    private final Map<ComponentKind, Map<String, BenthosComponent>> byKind = new EnumMap<>(ComponentKind.class);

    /** A registry of exactly the given components (tests, embedding). */
    public ComponentRegistry(Iterable<? extends BenthosComponent> components) {
        for (ComponentKind kind : ComponentKind.values()) {
            byKind.put(kind, new TreeMap<>());
        }
        for (BenthosComponent c : components) {
            ComponentSpec spec = c.spec();
            BenthosComponent previous = byKind.get(spec.kind()).putIfAbsent(spec.name(), c);
            if (previous != null && previous.getClass() != c.getClass()) {
                throw new IllegalStateException("two " + spec.kind().yamlName() + " components named '" + spec.name()
                        + "': " + previous.getClass().getName() + " and " + c.getClass().getName());
            }
        }
    }

    /**
     * This registry plus {@code added} (config templates, {@code -t}); an added component replaces a registered one
     * of the same kind and name, as a Benthos template registered under an existing name does.
     */
    public ComponentRegistry with(List<? extends BenthosComponent> added) {
        ComponentRegistry out = new ComponentRegistry(List.of());
        byKind.forEach((kind, components) -> out.byKind.get(kind).putAll(components));
        for (BenthosComponent c : added) {
            out.byKind.get(c.spec().kind()).put(c.spec().name(), c);
        }
        return out;
    }

    /** The components registered through the service file of this class loader; loaded once. */
    public static ComponentRegistry defaultRegistry() {
        ComponentRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (ComponentRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    r = new ComponentRegistry(ServiceLoader.load(BenthosComponent.class, ComponentRegistry.class.getClassLoader()));
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    public Optional<BenthosComponent> find(ComponentKind kind, String name) {
        return Optional.ofNullable(byKind.get(kind).get(name));
    }

    public Optional<ComponentSpec> spec(ComponentKind kind, String name) {
        return find(kind, name).map(BenthosComponent::spec);
    }

    /** The components of one kind, sorted by name. */
    public List<BenthosComponent> all(ComponentKind kind) {
        return List.copyOf(byKind.get(kind).values());
    }

    /** Every component, by kind (inputs, processors, outputs) then name. */
    public List<BenthosComponent> all() {
        List<BenthosComponent> out = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            out.addAll(byKind.get(kind).values());
        }
        return Collections.unmodifiableList(out);
    }

    /** The specs of every component, by kind then name. */
    public List<ComponentSpec> specs() {
        return all().stream().map(BenthosComponent::spec)
                .sorted(Comparator.comparing(ComponentSpec::kind).thenComparing(ComponentSpec::name)).toList();
    }
}
