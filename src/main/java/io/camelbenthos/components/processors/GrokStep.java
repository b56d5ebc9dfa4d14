package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.grok.GrokException;
import io.camelbenthos.grok.GrokExpression;
import io.camelbenthos.grok.GrokPatterns;
import io.camelbenthos.grok.PatternFiles;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code grok} processor's step: the expressions are tried in order on the content; the first that yields at
 * least one value replaces the content with a JSON object of its captures, each name a dot path ({@code a.b} gives
 * {@code {"a":{"b":…}}}). An expression whose value does not convert to its type counts as not matching (logged at
 * debug). None matching flags the message {@code no pattern matches found}, unchanged.
 */
public class GrokStep extends PerMessageStep {
    private static final Logger LOG = LoggerFactory.getLogger(GrokStep.class);

    private List<String> expressions = List.of();
    private Map<String, String> patternDefinitions = Map.of();
    private List<String> patternPaths = List.of();
    private boolean namedCapturesOnly = true;
    private boolean useDefaultPatterns = true;
    private boolean removeEmptyValues = true;
    private volatile List<GrokExpression> compiled;

    public List<String> getExpressions() {
        return expressions;
    }

    public void setExpressions(List<String> expressions) {
        this.expressions = List.copyOf(expressions);
        this.compiled = null;
    }

    public Map<String, String> getPatternDefinitions() {
        return patternDefinitions;
    }

    public void setPatternDefinitions(Map<String, String> patternDefinitions) {
        this.patternDefinitions = new LinkedHashMap<>(patternDefinitions);
        this.compiled = null;
    }

    public List<String> getPatternPaths() {
        return patternPaths;
    }

    public void setPatternPaths(List<String> patternPaths) {
        this.patternPaths = List.copyOf(patternPaths);
        this.compiled = null;
    }

    public boolean isNamedCapturesOnly() {
        return namedCapturesOnly;
    }

    public void setNamedCapturesOnly(boolean namedCapturesOnly) {
        this.namedCapturesOnly = namedCapturesOnly;
        this.compiled = null;
    }

    public boolean isUseDefaultPatterns() {
        return useDefaultPatterns;
    }

    public void setUseDefaultPatterns(boolean useDefaultPatterns) {
        this.useDefaultPatterns = useDefaultPatterns;
        this.compiled = null;
    }

    public boolean isRemoveEmptyValues() {
        return removeEmptyValues;
    }

    public void setRemoveEmptyValues(boolean removeEmptyValues) {
        this.removeEmptyValues = removeEmptyValues;
        this.compiled = null;
    }

    @Override
    protected Message process(Message message) {
        String text = message.contentAsString();
        for (GrokExpression e : compiled()) {
            Map<String, Object> captures;
            try {
                captures = e.parse(text);
            } catch (GrokException ex) {
                LOG.debug("Failed to parse body: {}", ex.getMessage());
                continue;
            }
            if (!captures.isEmpty()) {
                return message.setContent(GoJson.encodeBytes(object(captures)));
            }
        }
        throw new ProcessingError("no pattern matches found");
    }

    /** Builds the result by dot-path assignment of every capture. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> captures) {
        Map<String, Object> root = new HashMap<>();
        captures.forEach((name, value) -> {
            String[] path = name.split("\\.", -1);
            Map<String, Object> at = root;
            for (int i = 0; i < path.length - 1; i++) {
                Object next = at.get(path[i]);
                if (!(next instanceof Map)) {
                    next = new HashMap<String, Object>();
                    at.put(path[i], next);
                }
                at = (Map<String, Object>) next;
            }
            at.put(path[path.length - 1], value);
        });
        return root;
    }

    /**
     * The expressions compiled against the pattern set (defaults, then {@code pattern_definitions}, then the files,
     * each overriding the one before).
     *
     * @throws IllegalArgumentException Benthos's construction error
     */
    List<GrokExpression> compiled() {
        List<GrokExpression> c = compiled;
        if (c != null) {
            return c;
        }
        Map<String, String> patterns = new HashMap<>();
        if (useDefaultPatterns) {
            patterns.putAll(GrokPatterns.defaults());
        }
        patterns.putAll(patternDefinitions);
        try {
            patterns.putAll(PatternFiles.read(patternPaths));
        } catch (IOException e) {
            throw new IllegalArgumentException("failed to read pattern paths: " + e.getMessage(), e);
        }
        List<GrokExpression> all = new ArrayList<>();
        for (String expression : expressions) {
            try {
                all.add(GrokExpression.compile(expression, patterns, namedCapturesOnly, removeEmptyValues));
            } catch (GrokException e) {
                throw new IllegalArgumentException(
                        "failed to compile Grok pattern '" + expression + "': " + e.getMessage(), e);
            }
        }
        c = List.copyOf(all);
        compiled = c;
        return c;
    }
}
