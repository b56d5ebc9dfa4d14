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
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
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

    /**
     * True when the first YAML document of {@code text} is a Benthos config; false for Camel YAML DSL or empty text.
     * Malformed YAML counts as Benthos when a top-level mapping without a Camel key was read before the mistake: it
     * is then reported as a Benthos config error, one {@code file:line:col} line, like any other.
     */
    static boolean isBenthos(String text) {
        // Parser events, not a composed tree: cheap, and what was read before a syntax error is still known.
        LoadSettings settings = LoadSettings.builder().build();
        Parser events = new ParserImpl(settings, new StreamReader(settings, new StringReader(text)));
        boolean topMapping = false;
        int depth = 0;
        int topLevelNodes = 0;
        try {
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case MappingStart, SequenceStart -> {
                        if (depth == 0) {
                            if (event.getEventId() == Event.ID.SequenceStart) {
                                return false;
                            }
                            topMapping = true;
                        } else if (depth == 1) {
                            topLevelNodes++;
                        }
                        depth++;
                    }
                    case MappingEnd, SequenceEnd -> {
                        depth--;
                        if (depth == 0) {
                            return true;
                        }
                    }
                    case Scalar, Alias -> {
                        if (depth == 0) {
                            return false;
                        }
                        if (depth == 1) {
                            // Keys and values alternate: an even count means this scalar is a key
                            boolean isKey = topLevelNodes % 2 == 0;
                            if (isKey && event instanceof ScalarEvent key && CAMEL_MAPPING_KEYS.contains(key.getValue())) {
                                return false;
                            }
                            topLevelNodes++;
                        }
                    }
                    case DocumentEnd, StreamEnd -> {
                        return false;
                    }
                    default -> {
                        // stream and document starts, comments
                    }
                }
            }
            return false;
        } catch (YamlEngineException e) {
            return topMapping;
        }
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
