package io.camelbenthos.grok;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code pattern_paths} of the grok processor: each entry a file, a directory (its files, not recursive) or a
 * glob ({@code *}, {@code ?}, {@code [..]}, and {@code **} across directories); files are read in name order.
 */
public final class PatternFiles {
    private PatternFiles() {
    }

    /**
     * The patterns of every file the entries name, later files overriding earlier ones.
     *
     * @throws IOException when a named file cannot be read
     */
    public static Map<String, String> read(List<String> entries) throws IOException {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (String entry : entries) {
            for (Path file : files(entry)) {
                patterns.putAll(GrokPatterns.parse(Files.readString(file)));
            }
        }
        return patterns;
    }

    private static List<Path> files(String entry) throws IOException {
        if (!hasGlob(entry)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    return s.filter(Files::isRegularFile).sorted().toList();
                }
            }
            return List.of(p);
        }
        Path base = globBase(entry);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + entry);
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try (Stream<Path> s = Files.walk(base)) {
                s.filter(Files::isRegularFile).filter(matcher::matches).sorted().forEach(found::add);
            }
        }
        return found;
    }

    private static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /** The longest directory prefix without glob characters. */
    private static Path globBase(String entry) {
        String[] segments = entry.split("/", -1);
        StringBuilder base = new StringBuilder(entry.startsWith("/") ? "/" : "");
        for (String s : segments) {
            if (s.isEmpty()) {
                continue;
            }
            if (hasGlob(s)) {
                break;
            }
            base.append(s).append('/');
        }
        return Path.of(base.length() == 0 ? "." : base.toString());
    }
}
