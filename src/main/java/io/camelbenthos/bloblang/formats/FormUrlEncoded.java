package io.camelbenthos.bloblang.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} text like Go's {@code url.ParseQuery} and shapes it like
 * Benthos's {@code parse_form_url_encoded}: a key seen once maps to its string, a repeated key to an array of its
 * strings in order. Like Go, a {@code ;} in a pair is an error and the first error wins.
 */
public final class FormUrlEncoded {
    private FormUrlEncoded() {
    }

    public static Map<String, Object> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        FormatException first = null;
        for (String pair : query.split("&", -1)) {
            if (pair.contains(";")) {
                if (first == null) {
                    first = new FormatException("invalid semicolon separator in query");
                }
                continue;
            }
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq >= 0 ? pair.substring(0, eq) : pair;
            String v = eq >= 0 ? pair.substring(eq + 1) : "";
            try {
                String key = GoUrl.queryUnescape(k);
                String value = GoUrl.queryUnescape(v);
                values.computeIfAbsent(key, x -> new ArrayList<>()).add(value);
            } catch (FormatException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.size() == 1 ? v.get(0) : new ArrayList<Object>(v)));
        return out;
    }
}
