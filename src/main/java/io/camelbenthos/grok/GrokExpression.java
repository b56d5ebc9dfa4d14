package io.camelbenthos.grok;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiled grok expression, matched as Jeffail/grok does: {@code %{NAME}}, {@code %{NAME:alias}} and
 * {@code %{NAME:alias:type}} are expanded recursively into one regular expression, which matches unanchored (the
 * first match anywhere). With {@code namedCapturesOnly}, a reference without an alias does not capture; without it,
 * it captures under the pattern's name. Raw {@code (?P<name>…)} groups capture too. A name captured twice keeps the
 * last group's value.
 *
 * <p>The expression runs on RE2/J, the engine and syntax of Go's regexp that Benthos uses (linear time, no
 * backreferences). Group names there must be plain words and unique, while grok names may hold dots or repeat: every
 * named group is renamed {@code gN} and its real name kept aside.
 */
public final class GrokExpression {
    private static final Pattern REFERENCE = Pattern.compile("%\\{([\\w.-]+(?::[\\w.-]+(?::[\\w.-]+)?)?)}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([^>!=][^>]*)>");

    private final com.google.re2j.Pattern regex;
    private final List<String> names;
    private final Map<String, String> typeHints;
    private final boolean removeEmpty;

    private GrokExpression(com.google.re2j.Pattern regex, List<String> names, Map<String, String> typeHints,
                           boolean removeEmpty) {
        this.regex = regex;
        this.names = names;
        this.typeHints = typeHints;
        this.removeEmpty = removeEmpty;
    }

    /**
     * Compiles {@code expression} against the known patterns.
     *
     * @throws GrokException {@code no pattern found for %{NAME}}, or the regex engine's complaint
     */
    public static GrokExpression compile(String expression, Map<String, String> patterns, boolean namedCapturesOnly,
                                         boolean removeEmptyValues) {
        Expander expander = new Expander(patterns, namedCapturesOnly);
        String expanded = expander.expand(expression, new ArrayList<>());
        List<String> names = new ArrayList<>();
        StringBuilder re2 = new StringBuilder();
        Matcher m = NAMED_GROUP.matcher(expanded);
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(re2, Matcher.quoteReplacement("(?P<g" + names.size() + ">"));
        }
        m.appendTail(re2);
        try {
            return new GrokExpression(com.google.re2j.Pattern.compile(re2.toString()), List.copyOf(names),
                    expander.typeHints, removeEmptyValues);
        } catch (com.google.re2j.PatternSyntaxException e) {
            throw new GrokException(e.getMessage());
        }
    }

    /**
     * The captures of the first match, typed by their hints ({@code int}, {@code float}); empty when nothing matches.
     * Names keep their dots ({@code a.b}): building the object from them is the caller's.
     *
     * @throws GrokException when a value cannot be converted to its type
     */
    public Map<String, Object> parse(String text) {
        Map<String, Object> captures = new LinkedHashMap<>();
        com.google.re2j.Matcher m = regex.matcher(text);
        if (!m.find()) {
            return captures;
        }
        for (int i = 0; i < names.size(); i++) {
            String value = m.group("g" + (i + 1));
            if (value == null) {
                value = ""; // a group that did not take part: RE2 reports an empty match
            }
            if (removeEmpty && value.isEmpty()) {
                continue;
            }
            String name = names.get(i);
            captures.put(name, convert(value, typeHints.get(name)));
        }
        return captures;
    }

    private static Object convert(String value, String type) {
        if (type == null || type.equals("string")) {
            return value;
        }
        switch (type) {
            case "int" -> {
                try {
                    return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
                } catch (NumberFormatException e) {
                    throw new GrokException("strconv.Atoi: parsing \"" + value + "\": invalid syntax");
                }
            }
            case "float" -> {
                try {
                    return Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new GrokException("strconv.ParseFloat: parsing \"" + value + "\": invalid syntax");
                }
            }
            default -> throw new GrokException("ERROR the value " + value + " cannot be converted to " + type
                    + ". Must be int, float, string or empty");
        }
    }

    /** Expands references recursively; type hints of aliases are gathered on the way (outer ones win). */
    private static final class Expander {
        private final Map<String, String> patterns;
        private final boolean namedOnly;
        private final Map<String, String> typeHints = new HashMap<>();

        Expander(Map<String, String> patterns, boolean namedOnly) {
            this.patterns = patterns;
            this.namedOnly = namedOnly;
        }

        String expand(String pattern, List<String> within) {
            Matcher m = REFERENCE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String[] parts = m.group(1).split(":", -1);
                String key = parts[0];
                String definition = patterns.get(key);
                if (definition == null || within.contains(key)) {
                    throw new GrokException("no pattern found for %{" + key + "}");
                }
                if (parts.length == 3) {
                    typeHints.putIfAbsent(parts[1], parts[2]);
                }
                within.add(key);
                String inner = expand(definition, within);
                within.remove(within.size() - 1);
                String group;
                if (parts.length > 1) {
                    group = "(?P<" + parts[1] + ">" + inner + ")";
                } else if (namedOnly) {
                    group = "(" + inner + ")";
                } else {
                    group = "(?P<" + key + ">" + inner + ")";
                }
                m.appendReplacement(out, Matcher.quoteReplacement(group));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
