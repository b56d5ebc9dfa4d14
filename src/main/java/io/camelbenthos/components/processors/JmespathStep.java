package io.camelbenthos.components.processors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.camelbenthos.bloblang.formats.JsonNodes;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.util.Map;

/**
 * The {@code jmespath} processor's step, on io.burt's JMESPath: the content, parsed as JSON with every number made a
 * float64 (as Benthos does before searching), is searched and the result replaces it as JSON ({@code null} when
 * nothing matches: the message is kept). Content that is not JSON, or a failing search, flags the message, unchanged.
 */
public class JmespathStep extends PerMessageStep {
    private static final JacksonRuntime RUNTIME = new JacksonRuntime();

    private String query = "@";
    private volatile Expression<JsonNode> compiled;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        this.compiled = null;
    }

    @Override
    protected Message process(Message message) {
        Object doc;
        try {
            doc = GoJsonDecoder.decodeFirst(message.content());
        } catch (QueryException e) {
            throw new ProcessingError(e.getMessage());
        }
        JsonNode result;
        try {
            result = compiled().search(asFloats(JsonNodes.toNode(doc)));
        } catch (RuntimeException e) {
            throw new ProcessingError(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return message.setContent(GoJson.encodeBytes(JsonNodes.fromNode(result)));
    }

    /** Benthos's {@code clearNumbers}: every number a float64, so integers past 2^53 lose precision as there. */
    private static JsonNode asFloats(JsonNode n) {
        if (n.isNumber()) {
            return JsonNodeFactory.instance.numberNode(n.doubleValue());
        }
        if (n.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode(n.size());
            n.forEach(e -> a.add(asFloats(e)));
            return a;
        }
        if (n.isObject()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                o.set(e.getKey(), asFloats(e.getValue()));
            }
            return o;
        }
        return n;
    }

    /** The compiled query. @throws IllegalArgumentException "failed to compile JMESPath query: ..." */
    Expression<JsonNode> compiled() {
        Expression<JsonNode> e = compiled;
        if (e == null) {
            try {
                e = RUNTIME.compile(query);
            } catch (JmesPathException ex) {
                throw new IllegalArgumentException("failed to compile JMESPath query: " + ex.getMessage(), ex);
            }
            compiled = e;
        }
        return e;
    }
}
