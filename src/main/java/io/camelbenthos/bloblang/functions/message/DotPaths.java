package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.exec.PathWalker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Benthos dot paths ({@code a.b.0}, with {@code ~1} for a dot and {@code ~0} for a tilde), as gabs reads them. */
final class DotPaths {
    private DotPaths() {
    }

    /** gabs {@code DotPathToSlice}; the empty path is the whole document. */
    static List<String> split(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(PathWalker.parseDotPath(path));
    }

    /** Benthos {@code SliceToDotPath}: the inverse of {@link #split}. */
    static String join(List<String> segments) {
        return PathWalker.dotPath(segments.toArray(String[]::new));
    }

    /**
     * gabs {@code Search}: object keys; on an array a numeric segment picks an element, any other segment is applied
     * to every element and the non-null results are collected. Missing values give null.
     */
    static Object search(Object value, List<String> path) {
        Object current = value;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (current instanceof Map<?, ?> m) {
                current = m.get(segment);
            } else if (current instanceof List<?> list) {
                Integer index = index(segment);
                if (index != null && index < list.size()) {
                    current = list.get(index);
                } else {
                    List<Object> collected = new ArrayList<>();
                    for (Object element : list) {
                        Object found = search(element, path.subList(i, path.size()));
                        if (found != null) {
                            collected.add(found);
                        }
                    }
                    return collected.isEmpty() ? null : collected;
                }
            } else {
                return null;
            }
        }
        return current;
    }

    private static Integer index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(segment);
    }
}
