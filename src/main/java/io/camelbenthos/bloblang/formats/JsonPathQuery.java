package io.camelbenthos.bloblang.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/**
 * A compiled JSONPath expression (Goessner syntax: {@code $..name}, {@code $.a[0]}, {@code [?(@.x=='y')]}) run on
 * Bloblang values, for Connect's {@code json_path}. Jayway's evaluator stands in for PaesslerAG/jsonpath: definite
 * paths give the value, wildcards, deep scans and filters give an array of matches. PaesslerAG's gval extensions
 * beyond Goessner's filters are not available.
 */
public final class JsonPathQuery {
    private static final Configuration CONFIG = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    private final JsonPath path;

    private JsonPathQuery(JsonPath path) {
        this.path = path;
    }

    /** @throws FormatException when the expression does not parse */
    public static JsonPathQuery compile(String expression) {
        try {
            return new JsonPathQuery(JsonPath.compile(expression));
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new FormatException("failed to parse JSON path expression: " + e.getMessage(), e);
        }
    }

    /** @throws FormatException when the path does not resolve (e.g. a missing key on a definite path) */
    public Object apply(Object value) {
        try {
            JsonNode result = path.read(JsonNodes.toNode(value), CONFIG);
            return JsonNodes.fromNode(result);
        } catch (JsonPathException e) {
            throw new FormatException(e.getMessage(), e);
        }
    }
}
