package io.camelbenthos.runtime;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.config.YamlNode;
import io.camelbenthos.translate.StreamTranslator;
import io.camelbenthos.translate.TranslatedStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Streams mode's set of streams (processors reference §22): create, read, update, patch and delete streams by id
 * while the others keep running. Each change starts or stops exactly that stream's Camel routes. Changes are
 * serialised (one at a time); reads see the last completed change.
 */
public final class StreamManager {
    private static final Pattern PROBLEM = Pattern.compile("^.*?:(\\d+):(\\d+): (.*)$");

    private final StreamsRunner runner;
    private final ComponentRegistry registry;
    private final ConfigLoader strict;
    private final ConfigLoader chilled;
    /** The root config's sections every stream gets; {@code POST /resources} replaces it. */
    private YamlNode.Mapping shared;
    private final boolean prefixEndpoints;
    /** The root caches and rate limits, one instance for all streams; null: each stream builds its own. */
    private final ResourceStore resources;
    private final Map<String, Entry> streams = new LinkedHashMap<>();

    /** What {@code GET /streams/{id}} shows of a stream. */
    public record Info(boolean active, Duration uptime, Object config) {
    }

    private record Entry(Object rawConfig, Instant started) {
    }

    /** The config was refused: Benthos's lint strings, {@code (line,col) message}. */
    public static final class LintFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> lints;

        LintFailure(List<String> lints) {
            super(String.join("\n", lints));
            this.lints = List.copyOf(lints);
        }

        public List<String> lints() {
            return lints;
        }
    }

    /** No stream has the id ({@code 404 Stream not found}). */
    public static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("Stream not found");
        }
    }

    /** A stream with the id is running already ({@code 400 Stream already exists}). */
    public static final class AlreadyExists extends Exception {
        private static final long serialVersionUID = 1L;

        AlreadyExists() {
            super("Stream already exists");
        }
    }

    /**
     * @param loaders         {@code strict} lints; {@code chilled} lets lint-only problems pass ({@code ?chilled=true})
     * @param shared          the root config's sections every stream gets (resources, http, logger, ...); an empty
     *                        mapping when there is no root config
     * @param prefixEndpoints put each stream's HTTP paths under {@code /<id>}
     */
    public StreamManager(StreamsRunner runner, ComponentRegistry registry, ConfigLoader strict, ConfigLoader chilled,
                         YamlNode.Mapping shared, boolean prefixEndpoints) {
        this(runner, registry, strict, chilled, shared, prefixEndpoints, null);
    }

    /** @param resources the root caches and rate limits every stream shares (bound in the context once started) */
    public StreamManager(StreamsRunner runner, ComponentRegistry registry, ConfigLoader strict, ConfigLoader chilled,
                         YamlNode.Mapping shared, boolean prefixEndpoints, ResourceStore resources) {
        this.resources = resources;
        this.runner = runner;
        this.registry = registry;
        this.strict = strict;
        this.chilled = chilled;
        this.shared = shared;
        this.prefixEndpoints = prefixEndpoints;
    }

    /** Translates a stream config without starting it: lint problems are a {@link LintFailure}. */
    public synchronized TranslatedStream translate(String id, String location, String text, boolean lintChilled)
            throws LintFailure {
        StreamConfig config;
        try {
            config = (lintChilled ? chilled : strict).parseStream(id, location, text, shared);
        } catch (ConfigException e) {
            throw new LintFailure(e.errors().stream().map(StreamManager::benthosLint).toList());
        }
        if (prefixEndpoints) {
            config = config.withEndpointPrefix("/" + id);
        }
        return StreamTranslator.translate(config, registry, resources);
    }

    /**
     * {@code POST /resources/{type}/{label}}: the posted component becomes the root resource of that label, replacing
     * one there was. A cache or rate limit is swapped in place for every stream using it; a processor, input or output
     * resource is translated into the routes of each stream naming it, which are restarted.
     *
     * @throws IllegalArgumentException for a type that is not a resource type (Benthos's text)
     * @throws LintFailure when the component or the root config it makes has problems
     */
    public synchronized void putResource(String type, String label, String text, boolean lintChilled) throws LintFailure {
        ComponentKind kind = switch (type) {
            case "cache" -> ComponentKind.CACHE;
            case "input" -> ComponentKind.INPUT;
            case "output" -> ComponentKind.OUTPUT;
            case "processor" -> ComponentKind.PROCESSOR;
            case "rate_limit" -> ComponentKind.RATE_LIMIT;
            default -> throw new IllegalArgumentException(
                    "Var `type` must be set to one of `cache`, `input`, `output`, `processor` or `rate_limit`");
        };
        ConfigLoader.SharedUpdate update;
        try {
            update = (lintChilled ? chilled : strict).withResource(shared, kind, label, "resource", text);
            if (resources != null && (kind == ComponentKind.CACHE || kind == ComponentKind.RATE_LIMIT)) {
                resources.replace(update.root(), label);
            }
        } catch (ConfigException e) {
            throw new LintFailure(e.errors().stream().map(StreamManager::benthosLint).toList());
        }
        YamlNode.Mapping previous = shared;
        shared = update.sections();
        if (kind == ComponentKind.CACHE || kind == ComponentKind.RATE_LIMIT) {
            return;
        }
        // A processor, input or output resource is part of the routes of each stream using it: those streams are
        // translated again with it (all first, so that one failing changes nothing) and restarted.
        Map<String, TranslatedStream> users = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Entry> e : streams.entrySet()) {
                if (refersTo(e.getValue().rawConfig(), label)) {
                    users.put(e.getKey(), translate(e.getKey(), e.getKey(), json(e.getValue().rawConfig()), true));
                }
            }
        } catch (LintFailure f) {
            shared = previous;
            throw f;
        }
        for (Map.Entry<String, TranslatedStream> e : users.entrySet()) {
            Object raw = streams.get(e.getKey()).rawConfig();
            try {
                runner.remove(e.getKey());
                streams.remove(e.getKey());
                start(e.getValue(), json(raw));
            } catch (Exception failed) {
                throw new IllegalStateException("failed to restart stream " + e.getKey() + ": " + failed.getMessage(), failed);
            }
        }
    }

    /** Whether a stream's config names {@code label} as a resource anywhere ({@code resource: label}). */
    private static boolean refersTo(Object config, String label) {
        if (config instanceof Map<?, ?> map) {
            if (label.equals(map.get("resource"))) {
                return true;
            }
            return map.values().stream().anyMatch(v -> refersTo(v, label));
        }
        return config instanceof List<?> list && list.stream().anyMatch(v -> refersTo(v, label));
    }

    private static String json(Object plain) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a stream already translated (start-up), remembering {@code text} as its config. */
    public synchronized void start(TranslatedStream stream, String text) throws Exception {
        runner.add(stream);
        streams.put(stream.id(), new Entry(plain(text), Instant.now()));
    }

    public synchronized void create(String id, String text, boolean lintChilled) throws Exception {
        if (streams.containsKey(id)) {
            throw new AlreadyExists();
        }
        start(translate(id, id, text, lintChilled), text);
    }

    /**
     * A stream file changed or appeared ({@code streams -w}): the stream of that id is replaced, or created when there
     * is none; problems are positioned in {@code location}.
     */
    public synchronized void createOrUpdate(String id, String location, String text, boolean lintChilled) throws Exception {
        TranslatedStream next = translate(id, location, text, lintChilled); // a bad config changes nothing
        if (streams.containsKey(id)) {
            runner.remove(id);
            streams.remove(id);
        }
        start(next, text);
    }

    /** Stops the stream and starts the new config in its place ({@code PUT}); it must exist. */
    public synchronized void update(String id, String text, boolean lintChilled) throws Exception {
        if (!streams.containsKey(id)) {
            throw new NotFound();
        }
        TranslatedStream next = translate(id, id, text, lintChilled); // a bad config changes nothing
        runner.remove(id);
        streams.remove(id);
        start(next, text);
    }

    /**
     * Deep-merges {@code patchText} over the stored config (objects recursively, anything else replaced) and
     * restarts the stream with the result, without linting, as Benthos does.
     */
    public synchronized void patch(String id, String patchText) throws Exception {
        Entry entry = streams.get(id);
        if (entry == null) {
            throw new NotFound();
        }
        Object merged = merge(entry.rawConfig(), plain(patchText));
        update(id, json(merged), true);
    }

    public synchronized void delete(String id) throws Exception {
        if (!streams.containsKey(id)) {
            throw new NotFound();
        }
        runner.remove(id);
        streams.remove(id);
    }

    /**
     * {@code POST /streams}: the given streams become the set; the others are deleted, existing ones updated, new
     * ones created. Every config is translated before anything changes, so a bad one changes nothing.
     */
    public synchronized void replaceAll(Map<String, String> configs, boolean lintChilled) throws Exception {
        Map<String, TranslatedStream> translated = new LinkedHashMap<>();
        List<String> lints = new ArrayList<>();
        for (Map.Entry<String, String> e : configs.entrySet()) {
            try {
                translated.put(e.getKey(), translate(e.getKey(), e.getKey(), e.getValue(), lintChilled));
            } catch (LintFailure f) {
                f.lints().forEach(l -> lints.add("stream '" + e.getKey() + "': " + l));
            }
        }
        if (!lints.isEmpty()) {
            throw new LintFailure(lints);
        }
        for (String id : List.copyOf(streams.keySet())) {
            if (!configs.containsKey(id)) {
                delete(id);
            }
        }
        for (Map.Entry<String, TranslatedStream> e : translated.entrySet()) {
            if (streams.containsKey(e.getKey())) {
                runner.remove(e.getKey());
                streams.remove(e.getKey());
            }
            start(e.getValue(), configs.get(e.getKey()));
        }
    }

    public synchronized Info info(String id) throws NotFound {
        Entry entry = streams.get(id);
        if (entry == null) {
            throw new NotFound();
        }
        return new Info(active(id), Duration.between(entry.started(), Instant.now()), entry.rawConfig());
    }

    /** Every stream by id, in creation order. */
    public synchronized Map<String, Info> list() {
        Map<String, Info> out = new LinkedHashMap<>();
        streams.forEach((id, e) -> out.put(id, new Info(active(id), Duration.between(e.started(), Instant.now()),
                e.rawConfig())));
        return out;
    }

    public synchronized boolean exists(String id) {
        return streams.containsKey(id);
    }

    private boolean active(String id) {
        return !InputLifecycle.of(runner.camel()).isClosed(id);
    }

    /** {@code file:3:5: message} → Benthos's API form {@code (3,5) message}. */
    static String benthosLint(String formatted) {
        Matcher m = PROBLEM.matcher(formatted);
        return m.matches() ? "(" + m.group(1) + "," + m.group(2) + ") " + m.group(3) : formatted;
    }

    /** The posted YAML or JSON as plain data (what {@code GET /streams/{id}} returns as {@code config}). */
    static Object plain(String text) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
        return loaded == null ? new LinkedHashMap<String, Object>() : loaded;
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object base, Object patch) {
        if (base instanceof Map<?, ?> b && patch instanceof Map<?, ?> p) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) b);
            ((Map<String, Object>) p).forEach((k, v) -> out.put(k, out.containsKey(k) ? merge(out.get(k), v) : v));
            return out;
        }
        return patch;
    }
}
