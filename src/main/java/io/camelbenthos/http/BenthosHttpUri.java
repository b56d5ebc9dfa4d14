package io.camelbenthos.http;

import java.util.List;
import java.util.Map;

/** Builds {@code benthos-http:} endpoint URIs; values go in {@code RAW(...)} so Camel leaves them untouched. */
public final class BenthosHttpUri {
    private final StringBuilder uri = new StringBuilder("benthos-http:");
    private char separator = '?';

    /** @param address empty for the shared server */
    public BenthosHttpUri(String address, String path) {
        uri.append(address).append(path.isEmpty() && address.isEmpty() ? "/" : path);
    }

    public BenthosHttpUri option(String name, Object value) {
        uri.append(separator).append(name).append('=').append(raw(String.valueOf(value)));
        separator = '&';
        return this;
    }

    /** Adds the option only when it differs from the endpoint's default. */
    public BenthosHttpUri optionUnlessDefault(String name, Object value, Object defaultValue) {
        return value.equals(defaultValue) ? this : option(name, value);
    }

    public BenthosHttpUri prefixed(String prefix, Map<String, String> values) {
        values.forEach((k, v) -> option(prefix + k, v));
        return this;
    }

    public BenthosHttpUri indexed(String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            option(prefix + i, values.get(i));
        }
        return this;
    }

    private static String raw(String value) {
        boolean plain = value.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.,:/#".indexOf(c) >= 0);
        return plain ? value : "RAW(" + value + ")";
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
