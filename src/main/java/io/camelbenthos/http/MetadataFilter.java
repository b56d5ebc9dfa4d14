package io.camelbenthos.http;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Benthos's metadata include filter ({@code include_prefixes} / {@code include_patterns}, RE2 syntax): a key passes
 * when it starts with a prefix or a pattern finds a match in it. No rules means nothing passes.
 */
public final class MetadataFilter {
    private final List<String> prefixes;
    private final List<Pattern> patterns;

    public MetadataFilter(List<String> prefixes, List<String> patterns) {
        this.prefixes = List.copyOf(prefixes);
        this.patterns = patterns.stream().map(Pattern::compile).toList();
    }

    public boolean isEmpty() {
        return prefixes.isEmpty() && patterns.isEmpty();
    }

    public boolean matches(String key) {
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        for (Pattern p : patterns) {
            if (p.matcher(key).find()) {
                return true;
            }
        }
        return false;
    }
}
