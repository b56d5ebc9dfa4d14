package io.camelbenthos.bloblang.formats;

import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.Values;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changelogs between two values as {@code r3labs/diff/v3} makes and applies them, for Connect's {@code diff} and
 * {@code patch}. A change is {@code {"Type": create|update|delete, "Path": [...], "From": x, "To": y}}. As in
 * r3labs: a missing key or element is a create or delete of the whole value, null on one side is an update, array
 * elements are matched by value (order ignored) before falling back to their index, and values of different Go
 * types cannot be compared ({@code types do not match}). Changes are sorted by their dot-joined path, as Connect
 * sorts them.
 */
public final class Changelog {
    /** One change; {@code from}/{@code to} are null where the value did not exist. */
    public record Change(String type, List<String> path, Object from, Object to) {
        Map<String, Object> toValue() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Type", type);
            m.put("Path", new ArrayList<Object>(path));
            m.put("From", from);
            m.put("To", to);
            return m;
        }
    }

    private static final String CREATE = "create";
    private static final String UPDATE = "update";
    private static final String DELETE = "delete";

    private Changelog() {
    }

    /** The changelog from {@code a} to {@code b}, as an array value. */
    public static List<Object> diff(Object a, Object b) {
        List<Change> changes = new ArrayList<>();
        if (b == null && a instanceof Map<?, ?> m) {
            // r3labs: diffing a map against nothing deletes each of its keys
            m.forEach((k, v) -> changes.add(new Change(DELETE, List.of((String) k), v, null)));
        } else {
            diffPresent(List.of(), a, b, changes);
        }
        changes.sort((x, y) -> Values.compareUtf8(String.join(".", x.path()), String.join(".", y.path())));
        List<Object> out = new ArrayList<>(changes.size());
        changes.forEach(c -> out.add(c.toValue()));
        return out;
    }

    private static void diffPresent(List<String> path, Object a, Object b, List<Change> out) {
        if (a == null && b == null) {
            return;
        }
        if (a == null || b == null) {
            out.add(new Change(UPDATE, path, a, b));
            return;
        }
        if (!goType(a).equals(goType(b))) {
            throw new FormatException("types do not match");
        }
        if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            ma.forEach((k, va) -> {
                List<String> p = append(path, (String) k);
                if (mb.containsKey(k)) {
                    diffPresent(p, va, mb.get(k), out);
                } else {
                    out.add(new Change(DELETE, p, va, null));
                }
            });
            mb.forEach((k, vb) -> {
                if (!ma.containsKey(k)) {
                    out.add(new Change(CREATE, append(path, (String) k), null, vb));
                }
            });
        } else if (a instanceof List<?> la) {
            diffSlice(path, la, (List<?>) b, out);
        } else if (!sameScalar(a, b)) {
            out.add(new Change(UPDATE, path, a, b));
        }
    }

    /** r3labs {@code diffSliceGeneric}: unmatched elements of either side, compared by index. */
    private static void diffSlice(List<String> path, List<?> a, List<?> b, List<Change> out) {
        boolean[] missingA = unmatched(a, b);
        boolean[] missingB = unmatched(b, a);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (missingA[i]) {
                keys.add(i);
            }
        }
        for (int i = 0; i < b.size(); i++) {
            if (missingB[i] && !keys.contains(i)) {
                keys.add(i);
            }
        }
        for (int i : keys) {
            boolean hasA = i < a.size() && missingA[i];
            boolean hasB = i < b.size() && missingB[i];
            List<String> p = append(path, Integer.toString(i));
            if (hasA && hasB) {
                diffPresent(p, a.get(i), b.get(i), out);
            } else if (hasA) {
                out.add(new Change(DELETE, p, a.get(i), null));
            } else {
                out.add(new Change(CREATE, p, null, b.get(i)));
            }
        }
    }

    /** Which elements of {@code xs} have no equal, not yet matched, element in {@code ys}. */
    private static boolean[] unmatched(List<?> xs, List<?> ys) {
        boolean[] missing = new boolean[xs.size()];
        boolean[] used = new boolean[ys.size()];
        for (int i = 0; i < xs.size(); i++) {
            boolean found = false;
            for (int j = 0; j < ys.size() && !found; j++) {
                if (!used[j] && same(ys.get(j), xs.get(i))) {
                    used[j] = true;
                    found = true;
                }
            }
            missing[i] = !found;
        }
        return missing;
    }

    private static boolean same(Object a, Object b) {
        List<Change> probe = new ArrayList<>();
        try {
            diffPresent(List.of(), a, b, probe);
        } catch (FormatException e) {
            return false;
        }
        return probe.isEmpty();
    }

    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof byte[] x) {
            return Arrays.equals(x, (byte[]) b);
        }
        if (a instanceof ZonedDateTime x) {
            return x.toInstant().equals(((ZonedDateTime) b).toInstant());
        }
        if (a instanceof Double x) {
            return x.doubleValue() == (Double) b; // Go ==: NaN differs from itself, -0 equals 0
        }
        return a.equals(b);
    }

    /** The Go dynamic type a value of the model has, which r3labs compares before diffing. */
    private static String goType(Object v) {
        if (v instanceof Map<?, ?>) {
            return "map";
        }
        if (v instanceof List<?>) {
            return "slice";
        }
        if (v instanceof JsonNumber) {
            return "json.Number";
        }
        if (v instanceof UInt64) {
            return "uint64";
        }
        return v.getClass().getName();
    }

    private static List<String> append(List<String> path, String seg) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(seg);
        return List.copyOf(p);
    }

    /** Reads a changelog value (mapstructure-style: field names match case-insensitively). */
    public static List<Change> decode(Object changelog) {
        if (!(changelog instanceof List<?> list)) {
            throw new FormatException("'' source data must be an array or slice, got " + Values.typeName(changelog));
        }
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new FormatException("'[" + i + "]' expected a map, got '" + Values.typeName(list.get(i)) + "'");
            }
            String type = "";
            List<String> path = new ArrayList<>();
            Object from = null;
            Object to = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                switch (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)) {
                    case "type" -> {
                        if (!(e.getValue() instanceof String s)) {
                            throw new FormatException("'[" + i + "].Type' expected type 'string', got unconvertible type '"
                                    + Values.typeName(e.getValue()) + "'");
                        }
                        type = s;
                    }
                    case "path" -> {
                        if (!(e.getValue() instanceof List<?> segs)) {
                            throw new FormatException("'[" + i + "].Path': source data must be an array or slice, got "
                                    + Values.typeName(e.getValue()));
                        }
                        for (int j = 0; j < segs.size(); j++) {
                            if (!(segs.get(j) instanceof String s)) {
                                throw new FormatException("'[" + i + "].Path[" + j
                                        + "]' expected type 'string', got unconvertible type '"
                                        + Values.typeName(segs.get(j)) + "'");
                            }
                            path.add(s);
                        }
                    }
                    case "from" -> from = e.getValue();
                    case "to" -> to = e.getValue();
                    default -> {
                    }
                }
            }
            out.add(new Change(type, List.copyOf(path), from, to));
        }
        return out;
    }

    /** Applies changes in order to a value we own; returns the (possibly replaced) root. */
    public static Object patch(Object root, List<Change> changes) {
        Object current = root;
        for (Change c : changes) {
            current = apply(current, c);
        }
        return current;
    }

    private static Object apply(Object root, Change c) {
        if (c.path().isEmpty()) {
            return DELETE.equals(c.type()) ? null : Values.deepCopy(c.to());
        }
        Object parent = root;
        for (int i = 0; i < c.path().size() - 1; i++) {
            String seg = c.path().get(i);
            Object next = child(parent, seg);
            if (next == null) {
                if (DELETE.equals(c.type())) {
                    return root; // nothing to delete
                }
                if (!(parent instanceof Map<?, ?>)) {
                    throw new FormatException("unable to resolve path " + String.join(".", c.path()));
                }
                next = new LinkedHashMap<String, Object>();
                Values.asObject(parent).put(seg, next);
            }
            parent = next;
        }
        String last = c.path().get(c.path().size() - 1);
        switch (c.type()) {
            case CREATE, UPDATE -> set(parent, last, Values.deepCopy(c.to()), c);
            case DELETE -> remove(parent, last, c);
            default -> throw new FormatException("unknown change type: " + c.type());
        }
        return root;
    }

    private static Object child(Object parent, String seg) {
        if (parent instanceof Map<?, ?> m) {
            return m.get(seg);
        }
        if (parent instanceof List<?> l) {
            int idx = index(seg);
            return idx >= 0 && idx < l.size() ? l.get(idx) : null;
        }
        return null;
    }

    private static void set(Object parent, String seg, Object value, Change c) {
        if (parent instanceof Map<?, ?>) {
            Values.asObject(parent).put(seg, value);
        } else if (parent instanceof List<?>) {
            List<Object> l = Values.asArray(parent);
            int idx = index(seg);
            if (idx >= 0 && idx < l.size()) {
                if (CREATE.equals(c.type())) {
                    l.add(idx, value);
                } else {
                    l.set(idx, value);
                }
            } else if (idx >= 0) {
                l.add(value);
            } else {
                throw new FormatException("invalid array index " + seg + " in path " + String.join(".", c.path()));
            }
        } else {
            throw new FormatException("unable to resolve path " + String.join(".", c.path()));
        }
    }

    private static void remove(Object parent, String seg, Change c) {
        if (parent instanceof Map<?, ?>) {
            Values.asObject(parent).remove(seg);
        } else if (parent instanceof List<?>) {
            List<Object> l = Values.asArray(parent);
            int idx = index(seg);
            if (idx >= 0 && idx < l.size() && same(l.get(idx), c.from())) {
                l.remove(idx);
                return;
            }
            // r3labs removes the element holding the old value wherever it now is
            for (int i = 0; i < l.size(); i++) {
                if (same(l.get(i), c.from())) {
                    l.remove(i);
                    return;
                }
            }
        }
    }

    private static int index(String seg) {
        try {
            return Integer.parseInt(seg);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
