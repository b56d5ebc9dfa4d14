package io.camelbenthos.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benthos's environment-variable interpolation, applied to the raw config text before YAML parsing:
 * {@code ${NAME}}, {@code ${NAME:default}}, {@code ${NAME|base64decode}}, the {@code ${{NAME}}} escape, newlines in
 * values written as the two characters {@code \n}. An unset variable without default is substituted by "" and
 * reported in {@link Result#missing()} (a lint on line 1), exactly as Benthos reads the config anyway.
 */
public final class EnvInterpolator {
    // Go's pattern: \${(\{)?([0-9A-Za-z_.]+)(:((\${[^}]+})|[^}])*)?(\|[^}]+)?}(\})? ; kept equivalent but readable.
    private static final Pattern VAR = Pattern.compile(
            "\\$\\{(\\{)?([0-9A-Za-z_.]+)(:((\\$\\{[^}]+\\})|[^}|])*)?(\\|[^}]+)?\\}(\\})?");

    private final Map<String, String> env;

    /** @param env the variables to resolve against (the process environment, overlaid with any env files) */
    public EnvInterpolator(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The interpolated text plus the names of required variables that were not set. */
    public record Result(String text, List<String> missing) {
        /** The lint text Benthos reports for missing variables, or null when none are missing. */
        public String missingMessage() {
            return missing.isEmpty() ? null : "required environment variables were not set: [" + String.join(" ", missing) + "]";
        }
    }

    /** @throws ConfigException (line 1) for an unknown decode function, as Benthos fails hard on it */
    public Result interpolate(String location, String text) {
        List<String> missing = new ArrayList<>();
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(location, m, missing)));
        }
        m.appendTail(out);
        return new Result(out.toString(), List.copyOf(missing));
    }

    private String replacement(String location, Matcher m, List<String> missing) {
        String name = m.group(2);
        String defaultPart = m.group(3);
        String function = m.group(6);
        if (m.group(1) != null && m.group(7) != null) {
            // ${{NAME}} is the escape for a literal ${NAME}
            return "${" + name + (defaultPart == null ? "" : defaultPart) + (function == null ? "" : function) + "}";
        }
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            if (defaultPart != null) {
                value = defaultPart.substring(1);
            } else if (value == null) {
                missing.add(name);
                value = "";
            }
        }
        if (function != null) {
            value = decode(location, function.substring(1), value);
        }
        // A value with newlines would otherwise break the YAML structure around it.
        String result = value.replace("\n", "\\n");
        // Unbalanced braces matched by the escape group when only one side was doubled stay as written.
        if (m.group(1) != null) {
            result = "{" + result;
        }
        if (m.group(7) != null) {
            result = result + "}";
        }
        return result;
    }

    private static String decode(String location, String function, String value) {
        if (!function.equals("base64decode")) {
            throw new ConfigException(new Position(location, 1, 1), "unknown env var decode function: " + function);
        }
        try {
            return new String(Base64.getDecoder().decode(value.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(new Position(location, 1, 1), "failed to decode base64 env var value: " + e.getMessage());
        }
    }
}
