package io.camelbenthos.cli;

import io.camelbenthos.bloblang.plugin.BloblangPlugin;
import io.camelbenthos.bloblang.plugin.PluginRegistry;
import io.camelbenthos.bloblang.plugin.Status;
import io.camelbenthos.components.BenthosComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The component names of this build by Benthos's type names ({@code inputs}, {@code rate-limits},
 * {@code bloblang-methods}, …), in the order Benthos's {@code list} prints them, each list sorted, deprecated
 * components left out as Benthos does. Buffers, metrics and tracers are root fields here, not components; the names
 * listed for them are the ones the root config accepts.
 */
record ComponentCatalogue(Map<String, List<String>> byType) {

    /** The catalogue of these components (the built-in ones plus any templates, {@code -t}). */
    static ComponentCatalogue standard(String status, ComponentRegistry components) {
        PluginRegistry bloblang = PluginRegistry.standard();
        Map<String, List<String>> byType = new LinkedHashMap<>();
        byType.put("inputs", names(components, ComponentKind.INPUT, status));
        byType.put("processors", names(components, ComponentKind.PROCESSOR, status));
        byType.put("outputs", names(components, ComponentKind.OUTPUT, status));
        byType.put("caches", names(components, ComponentKind.CACHE, status));
        byType.put("rate-limits", names(components, ComponentKind.RATE_LIMIT, status));
        byType.put("buffers", names(components, ComponentKind.BUFFER, status));
        byType.put("metrics", rootOnly(status, "json_api", "logger", "none", "prometheus"));
        byType.put("tracers", rootOnly(status, "none", "open_telemetry_collector"));
        byType.put("scanners", List.of());
        byType.put("bloblang-functions", plugins(bloblang.functions().values(), status));
        byType.put("bloblang-methods", plugins(bloblang.methods().values(), status));
        return new ComponentCatalogue(byType);
    }

    /** {@code rate-limits} → {@code Rate Limits}, as Benthos titles its sections. */
    static String title(String type) {
        return Arrays.stream(type.split("-"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static List<String> names(ComponentRegistry registry, ComponentKind kind, String status) {
        return registry.all(kind).stream().map(BenthosComponent::spec)
                .filter(s -> !"deprecated".equals(s.status()))
                .filter(s -> status.isEmpty() || status.equals(s.status()))
                .map(s -> s.name()).sorted().toList();
    }

    private static List<String> rootOnly(String status, String... names) {
        return status.isEmpty() || status.equals("stable") ? List.of(names) : List.of();
    }

    private static List<String> plugins(Collection<BloblangPlugin> plugins, String status) {
        return plugins.stream().map(BloblangPlugin::spec)
                .filter(s -> s.status() != Status.DEPRECATED && s.status() != Status.HIDDEN)
                .filter(s -> status.isEmpty() || s.status().name().equalsIgnoreCase(status))
                .map(s -> s.name()).distinct().sorted().toList();
    }
}
