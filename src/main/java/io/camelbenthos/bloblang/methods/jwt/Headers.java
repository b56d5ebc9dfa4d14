package io.camelbenthos.bloblang.methods.jwt;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code headers} argument of the signing methods: an object whose reserved JOSE fields are dropped. */
final class Headers {
    private static final Set<String> RESERVED = Set.of("alg", "typ", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256",
            "crit");

    private Headers() {
    }

    static Map<String, Object> custom(Object headers) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (headers == null) {
            return out;
        }
        if (!(headers instanceof Map<?, ?> m)) {
            throw Errors.failure("headers parameter must be an object (map), got " + Values.typeName(headers));
        }
        m.forEach((k, v) -> {
            if (!RESERVED.contains((String) k)) {
                out.put((String) k, v);
            }
        });
        return out;
    }
}
