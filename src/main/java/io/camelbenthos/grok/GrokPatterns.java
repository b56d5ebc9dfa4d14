package io.camelbenthos.grok;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named grok patterns: Benthos's default set (the 76 core definitions of Jeffail/grok, from Logstash) and the
 * pattern-file format ({@code NAME pattern} a line, split at the first space; empty lines and {@code #} comments
 * skipped).
 */
public final class GrokPatterns {
    private static final Map<String, String> DEFAULTS = load();

    private GrokPatterns() {
    }

    /** The default pattern set, name to expression. */
    public static Map<String, String> defaults() {
        return DEFAULTS;
    }

    /** Patterns read from the text of a pattern file, in file order. */
    public static Map<String, String> parse(String text) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int space = l.indexOf(' ');
            if (space < 0) {
                continue; // a name without a pattern: Benthos skips it too
            }
            patterns.put(l.substring(0, space), l.substring(space + 1));
        }
        return patterns;
    }

    private static Map<String, String> load() {
        try (InputStream in = GrokPatterns.class.getResourceAsStream("default-patterns")) {
            if (in == null) {
                throw new IllegalStateException("grok default-patterns resource missing");
            }
            return Map.copyOf(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
