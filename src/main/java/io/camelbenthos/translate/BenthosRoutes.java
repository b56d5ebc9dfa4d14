package io.camelbenthos.translate;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.StreamConfig;
import java.util.List;
import java.util.Map;
import org.apache.camel.RoutesBuilder;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Turns one Benthos config document into Camel routes; the Camel loader, the CLI and export all go through here. */
public final class BenthosRoutes {
    private static final List<String> SECTIONS =
            List.of("input", "pipeline", "output", "input_resources", "processor_resources", "output_resources");

    private BenthosRoutes() {
    }

    /** True when a YAML document is a Benthos config (a top-level mapping with input/pipeline/output). */
    public static boolean isBenthosDocument(String yamlText) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().build()).loadFromString(yamlText);
        } catch (RuntimeException e) {
            return false;
        }
        if (!(doc instanceof Map<?, ?> map) || map.containsKey("apiVersion") || map.containsKey("kind")) {
            return false;
        }
        return SECTIONS.stream().anyMatch(map::containsKey);
    }

    /**
     * Parses (env interpolation, spec validation, lint) and translates; throws
     * {@link io.camelbenthos.config.ConfigException} listing every problem as {@code location:line:col: message}.
     *
     * @param location the file name or resource location used in error messages and to derive the stream id
     */
    public static RoutesBuilder fromYaml(String location, String yamlText) {
        return fromYaml(location, yamlText, ConfigLoader.standard());
    }

    /** As {@link #fromYaml(String, String)} with a loader carrying env files and {@code --set} overrides. */
    public static BenthosRouteBuilder fromYaml(String location, String yamlText, ConfigLoader loader) {
        return new BenthosRouteBuilder(List.of(translate(loader.parse(location, yamlText))));
    }

    /** Translates an already validated stream with the default component registry. */
    public static TranslatedStream translate(StreamConfig config) {
        return StreamTranslator.translate(config, ComponentRegistry.defaultRegistry());
    }
}
