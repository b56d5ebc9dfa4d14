package io.camelbenthos.camel.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.ResourceAware;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Tells Benthos configs from Camel YAML DSL documents, and reads resources as text.
 *
 * <p>Camel YAML DSL route files are a top-level sequence, or a mapping carrying {@code apiVersion}/{@code kind}
 * (Pipe, Integration, KameletBinding). Any other top-level mapping is treated as a Benthos config, even if it has
 * none of {@code input}/{@code pipeline}/{@code output}: Camel's YAML loader would only log a WARN and load nothing,
 * and a Benthos file must never be silently ignored, so translating it (and failing with file:line:col) is better.
 */
final class BenthosDocuments {
    private static final Set<String> CAMEL_MAPPING_KEYS = Set.of("apiVersion", "kind");

    private BenthosDocuments() {
    }

    /** True when the first YAML document of {@code text} is a Benthos config; false for Camel YAML DSL or empty text. */
    static boolean isBenthos(String text) {
        Node root;
        try {
            // Composing (not constructing) only builds the node tree: cheap, and no tags or anchors are resolved.
            LoadSettings settings = LoadSettings.builder().build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
            if (!composer.hasNext()) {
                return false;
            }
            root = composer.next();
        } catch (YamlEngineException e) {
            // Malformed YAML: let Camel's YAML DSL loader report it as it always has.
            return false;
        }
        if (!(root instanceof MappingNode mapping)) {
            return false;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && CAMEL_MAPPING_KEYS.contains(key.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Translates a Benthos resource; the builder is tied to the resource so its routes carry it, which is how live
     * reload finds the routes of a changed file.
     */
    static RoutesBuilder translate(BenthosTranslator translator, Resource resource, String text) {
        RoutesBuilder builder = translator.translate(displayLocation(resource), text);
        if (builder instanceof ResourceAware aware && aware.getResource() == null) {
            aware.setResource(resource);
        }
        return builder;
    }

    static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                throw new IOException("Cannot read " + resource.getLocation());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The location as users wrote it, without Camel's {@code file:} / {@code classpath:} scheme prefix. */
    static String displayLocation(Resource resource) {
        String location = resource.getLocation();
        for (String scheme : new String[] {"file:", "classpath:"}) {
            if (location.startsWith(scheme)) {
                return location.substring(scheme.length());
            }
        }
        return location;
    }
}
