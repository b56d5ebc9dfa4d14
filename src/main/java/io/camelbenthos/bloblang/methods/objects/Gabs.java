package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.exec.PathWalker;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The structural operations Benthos takes from {@code Jeffail/gabs/v2}: dot paths, search, set, flatten and merge,
 * with gabs's rules (a dot path uses {@code ~1} for a literal dot and {@code ~0} for a tilde; searching an array
 * needs a numeric index or {@code *}).
 */
final class Gabs {
    private Gabs() {
    }

    /** gabs {@code DotPathToSlice}. */
    static List<String> dotPath(String path) {
        return Arrays.asList(PathWalker.parseDotPath(path));
    }

    /** gabs {@code S(path...)}: the value at the path, or null when any segment does not resolve. */
    static Object search(Object root, List<String> path) {
        return PathWalker.get(root, path.toArray(String[]::new));
    }

    /** gabs {@code Set(value, path...)} on a tree we own: missing or non-object steps become objects. */
    static Object set(Object root, List<String> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Map<String, Object> node = root instanceof Map<?, ?> ? Values.asObject(root) : new LinkedHashMap<>();
        Map<String, Object> cur = node;
        for (int i = 0; i < path.size() - 1; i++) {
            Object next = cur.get(path.get(i));
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                cur.put(path.get(i), next);
            }
            cur = Values.asObject(next);
        }
        cur.put(path.get(path.size() - 1), value);
        return node;
    }

    /** Benthos {@code mapWithout}: a copy of the object without the given paths (nested through objects only). */
    static Map<String, Object> without(Map<String, Object> m, List<List<String>> paths) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            boolean excluded = false;
            List<List<String>> nested = new ArrayList<>();
            for (List<String> p : paths) {
                if (p.get(0).equals(k)) {
                    if (p.size() > 1) {
                        nested.add(p.subList(1, p.size()));
                    } else {
                        excluded = true;
                    }
                }
            }
            if (!excluded) {
                out.put(k, !nested.isEmpty() && v instanceof Map<?, ?> vm ? without(Values.asObject(vm), nested) : v);
            }
        });
        return out;
    }

    /** Benthos {@code mapWith}: a copy of the object keeping only the given paths. */
    static Map<String, Object> with(Map<String, Object> m, List<List<String>> paths) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            boolean included = false;
            List<List<String>> nested = new ArrayList<>();
            for (List<String> p : paths) {
                if (p.get(0).equals(k)) {
                    included = true;
                    if (p.size() > 1) {
                        nested.add(p.subList(1, p.size()));
                    }
                }
            }
            if (included) {
                out.put(k, !nested.isEmpty() && v instanceof Map<?, ?> vm ? with(Values.asObject(vm), nested) : v);
            }
        });
        return out;
    }

    /** gabs {@code Flatten}/{@code FlattenIncludeEmpty}: leaves keyed by their dot path. */
    static Map<String, Object> flatten(Object root, boolean includeEmpty) {
        if (!(root instanceof Map<?, ?>) && !(root instanceof List<?>)) {
            throw Errors.failure("not an object or array");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        walk("", root, includeEmpty, out);
        return out;
    }

    private static void walk(String prefix, Object v, boolean includeEmpty, Map<String, Object> out) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty() && includeEmpty && !prefix.isEmpty()) {
                out.put(prefix, v);
            }
            m.forEach((k, child) -> walk(prefix.isEmpty() ? (String) k : prefix + "." + k, child, includeEmpty, out));
        } else if (v instanceof List<?> l) {
            if (l.isEmpty() && includeEmpty && !prefix.isEmpty()) {
                out.put(prefix, v);
            }
            for (int i = 0; i < l.size(); i++) {
                walk(prefix.isEmpty() ? Integer.toString(i) : prefix + "." + i, l.get(i), includeEmpty, out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, v);
        }
    }

    /**
     * gabs {@code MergeFn} of {@code source} into {@code dest} (which we own): objects merge key by key, recursing
     * where both sides hold objects; other collisions are resolved by {@code onCollision(existing, incoming)}. A
     * non-object source is ignored, as in gabs.
     */
    static void merge(Map<String, Object> dest, Object source, BinaryOperator<Object> onCollision) {
        if (!(source instanceof Map<?, ?> src)) {
            return;
        }
        src.forEach((k, v) -> {
            String key = (String) k;
            if (!dest.containsKey(key)) {
                dest.put(key, v);
                return;
            }
            Object existing = dest.get(key);
            if (v instanceof Map<?, ?> && existing instanceof Map<?, ?>) {
                merge(Values.asObject(existing), v, onCollision);
            } else {
                dest.put(key, onCollision.apply(existing, v));
            }
        });
    }

    /** gabs's default collision rule: both values end up in one array (arrays are spliced in). */
    static Object combine(Object dest, Object source) {
        List<Object> out = new ArrayList<>();
        if (dest instanceof List<?> d) {
            out.addAll(d);
        } else {
            out.add(dest);
        }
        if (source instanceof List<?> s) {
            out.addAll(s);
        } else {
            out.add(source);
        }
        return out;
    }
}
