package io.camelbenthos.config;

import io.camelbenthos.components.ComponentKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One validated Benthos config file: its stream id, the parsed document and typed views of the top level. */
public final class StreamConfig {
    private final String id;
    private final String location;
    private final ParsedConfig root;
    private final String endpointPrefix;

    StreamConfig(String id, String location, ParsedConfig root) {
        this(id, location, root, "");
    }

    private StreamConfig(String id, String location, ParsedConfig root, String endpointPrefix) {
        this.id = id;
        this.location = location;
        this.root = root;
        this.endpointPrefix = endpointPrefix;
    }

    /** This config under another stream id (streams mode names its streams). */
    public StreamConfig withId(String newId) {
        return new StreamConfig(newId, location, root, endpointPrefix);
    }

    /**
     * This config with every HTTP endpoint its components register put under {@code prefix} (streams mode's
     * {@code /<id>}, processors reference §22.3).
     */
    public StreamConfig withEndpointPrefix(String prefix) {
        return new StreamConfig(id, location, root, prefix);
    }

    /** Put in front of every HTTP path the stream's components register; empty outside streams mode. */
    public String endpointPrefix() {
        return endpointPrefix;
    }

    /** The stream id, derived from the file name; unique within one Camel context. */
    public String id() {
        return id;
    }

    public String location() {
        return location;
    }

    /** The whole document (top-level fields as declared by {@link RootSpec}). */
    public ParsedConfig root() {
        return root;
    }

    public ComponentConfig input() {
        return root.component("input");
    }

    /** The top-level {@code buffer} ({@code none} unless written). */
    public ComponentConfig buffer() {
        return root.component("buffer");
    }

    public ComponentConfig output() {
        return root.component("output");
    }

    public List<ComponentConfig> pipelineProcessors() {
        return root.object("pipeline").components("processors");
    }

    public long pipelineThreads() {
        return root.object("pipeline").integer("threads");
    }

    /** The {@code tracer} block as plain data. */
    public Object tracer() {
        return root.raw("tracer");
    }

    /** The {@code metrics} block as plain data (exporter, its fields, {@code mapping}). */
    public Object metrics() {
        return root.raw("metrics");
    }

    public ComponentConfig http() {
        return root.object("http");
    }

    /** The top-level {@code redpanda} block (the redpanda components' shared connection), defaults applied. */
    public ComponentConfig redpanda() {
        return root.object("redpanda");
    }

    /** The {@code logger} block, defaults applied. */
    public ComponentConfig logger() {
        return root.object("logger");
    }

    /** The configured log level, upper case ({@code INFO}, {@code DEBUG}, ...). */
    public String logLevel() {
        return root.object("logger").string("level").toUpperCase(java.util.Locale.ROOT);
    }

    public Duration shutdownTimeout() {
        return root.duration("shutdown_timeout");
    }

    public boolean strictErrorHandling() {
        return root.object("error_handling").bool("strict");
    }

    /** The resources of one kind by label. */
    public Map<String, ComponentConfig> resources(ComponentKind kind) {
        Map<String, ComponentConfig> out = new LinkedHashMap<>();
        for (ComponentConfig c : root.components(kind.yamlName() + "_resources")) {
            out.put(c.label(), c);
        }
        return out;
    }

    /** The normalised document as plain data (defaults applied, env resolved), for {@code echo}. */
    public Object toPlain() {
        return root.toPlain();
    }
}
