package io.camelbenthos.components.processors;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelbenthos.bloblang.formats.JsonNodes;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * The {@code jq} processor's step, on jackson-jq (jq 1.6's language): the content, parsed as JSON (or as one string
 * with {@code raw}), is the query's input and {@code $metadata} the message's metadata. No value emitted drops the
 * message; one replaces the content; several become a JSON array of them, or with {@code output_raw} are written one
 * after the other with no separator (strings unquoted). Values are written as Go's encoding/json does (sorted keys).
 * Content that is not JSON, or a query that fails, flags the message, unchanged.
 */
public class JqStep extends PerMessageStep {
    /** The builtins, loaded once: every query's scope is a child of it. */
    private static final Scope BUILTINS = builtins();

    private String query = ".";
    private boolean raw;
    private boolean outputRaw;
    private volatile JsonQuery compiled;

    private static Scope builtins() {
        Scope s = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, s);
        return s;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        this.compiled = null;
    }

    /** The input is the raw content as a string instead of parsed JSON. */
    public boolean isRaw() {
        return raw;
    }

    public void setRaw(boolean raw) {
        this.raw = raw;
    }

    /** Emitted strings are written verbatim, several values concatenated. */
    public boolean isOutputRaw() {
        return outputRaw;
    }

    public void setOutputRaw(boolean outputRaw) {
        this.outputRaw = outputRaw;
    }

    @Override
    protected Message process(Message message) {
        Object input;
        try {
            input = raw ? message.contentAsString() : GoJsonDecoder.decodeFirst(message.content());
        } catch (QueryException e) {
            throw new ProcessingError(e.getMessage());
        }
        Scope scope = Scope.newChildScope(BUILTINS);
        scope.setValue("metadata", JsonNodes.toNode(message.metadata()));
        List<JsonNode> emitted = new ArrayList<>();
        try {
            compiled().apply(scope, JsonNodes.toNode(input), emitted::add);
        } catch (JsonQueryException | RuntimeException e) {
            throw new ProcessingError(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (emitted.isEmpty()) {
            return null;
        }
        return message.setContent(outputRaw ? rawOutput(emitted) : jsonOutput(emitted));
    }

    private static byte[] jsonOutput(List<JsonNode> emitted) {
        if (emitted.size() == 1) {
            return GoJson.encodeBytes(JsonNodes.fromNode(emitted.get(0)));
        }
        List<Object> all = new ArrayList<>(emitted.size());
        emitted.forEach(n -> all.add(JsonNodes.fromNode(n)));
        return GoJson.encodeBytes(all);
    }

    private static byte[] rawOutput(List<JsonNode> emitted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonNode n : emitted) {
            byte[] b = n.isTextual() ? n.textValue().getBytes(StandardCharsets.UTF_8)
                    : GoJson.encodeBytes(JsonNodes.fromNode(n));
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    /** The compiled query. @throws IllegalArgumentException "error parsing jq query: ..." */
    JsonQuery compiled() {
        JsonQuery q = compiled;
        if (q == null) {
            try {
                q = JsonQuery.compile(query, Versions.JQ_1_6);
            } catch (JsonQueryException e) {
                throw new IllegalArgumentException("error parsing jq query: " + e.getMessage(), e);
            }
            compiled = q;
        }
        return q;
    }
}
