package io.camelbenthos.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gorilla/mux path template as Benthos's http_server uses it (semantics §1.1): {@code {name}} matches one segment,
 * {@code {name:regex}} matches the regex, and a template ending in '/' matches every path with that prefix. Compiled
 * once at start so requests never compile a pattern.
 */
public final class PathTemplate {
    private final String template;
    private final boolean prefix;
    /** Null for a template without variables: matching is then a plain string comparison. */
    private final Pattern pattern;
    private final List<String> names;

    private PathTemplate(String template, boolean prefix, Pattern pattern, List<String> names) {
        this.template = template;
        this.prefix = prefix;
        this.pattern = pattern;
        this.names = names;
    }

    /** Compiles a template; throws IllegalArgumentException on unbalanced braces. */
    public static PathTemplate compile(String template) {
        boolean prefix = template.endsWith("/");
        if (template.indexOf('{') < 0) {
            return new PathTemplate(template, prefix, null, List.of());
        }
        StringBuilder regex = new StringBuilder("^");
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            int close = matchingBrace(template, open);
            String var = template.substring(open + 1, close);
            int colon = var.indexOf(':');
            String name = colon < 0 ? var : var.substring(0, colon);
            String varRegex = colon < 0 ? "[^/]+" : var.substring(colon + 1);
            names.add(name);
            regex.append('(').append(varRegex).append(')');
            i = close + 1;
        }
        if (!prefix) {
            regex.append('$');
        }
        return new PathTemplate(template, prefix, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    private static int matchingBrace(String template, int open) {
        int depth = 0;
        for (int j = open; j < template.length(); j++) {
            char c = template.charAt(j);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in path template: " + template);
    }

    /** True when the template has neither variables nor a trailing '/', so an exact map lookup finds it. */
    public boolean isExact() {
        return pattern == null && !prefix;
    }

    public String template() {
        return template;
    }

    /** The path variables when {@code path} matches, or null when it does not. */
    public Map<String, String> match(String path) {
        if (pattern == null) {
            boolean hit = prefix ? path.startsWith(template) : path.equals(template);
            return hit ? Collections.emptyMap() : null;
        }
        Matcher m = pattern.matcher(path);
        if (!(prefix ? m.lookingAt() : m.matches())) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int g = 0; g < names.size(); g++) {
            vars.put(names.get(g), m.group(g + 1));
        }
        return vars;
    }

    /** This template under a root path, e.g. {@code /benthos} + {@code /post}. */
    public PathTemplate under(String rootPath) {
        String root = rootPath.endsWith("/") ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
        return compile(root + template);
    }
}
