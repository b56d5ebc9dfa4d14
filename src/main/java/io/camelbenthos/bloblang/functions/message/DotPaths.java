package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.bloblang.exec.PathWalker;
import java.util.Arrays;
import java.util.List;

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

    /** gabs {@code Search} (see {@link PathWalker}); missing values give null. */
    static Object search(Object value, List<String> path) {
        return PathWalker.get(value, path.toArray(String[]::new));
    }
}
