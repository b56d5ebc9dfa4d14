package io.camelbenthos.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * File arguments the way Benthos's {@code -r}, {@code -t} and {@code test} take them: an argument with glob
 * characters ({@code *}, {@code ?}, {@code [}, {@code **}) expands to the files it matches, sorted; anything else is
 * taken as written.
 */
public final class PathGlobs {
    private PathGlobs() {
    }

    /** Each argument as a glob when it has glob characters, else as written. */
    public static List<Path> expand(List<String> args) {
        List<Path> out = new ArrayList<>();
        for (String arg : args) {
            if (isGlob(arg)) {
                out.addAll(glob(arg));
            } else {
                out.add(Path.of(arg));
            }
        }
        return out;
    }

    public static boolean isGlob(String arg) {
        return arg.contains("*") || arg.contains("?") || arg.contains("[");
    }

    public static List<Path> glob(String pattern) {
        String[] segments = pattern.split("/", -1);
        StringBuilder base = new StringBuilder();
        for (String seg : segments) {
            if (isGlob(seg)) {
                break;
            }
            base.append(seg).append('/');
        }
        Path root = Path.of(base.length() == 0 ? "." : base.toString());
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + Path.of(pattern).normalize());
        return walk(root, p -> matcher.matches(p.normalize()));
    }

    /** The files under {@code dir} whose names end in {@code yaml} or {@code yml} (Benthos's {@code dir/...} walk). */
    public static List<Path> yamlFiles(Path dir) {
        return walk(dir, p -> {
            String s = p.toString();
            return s.endsWith("yaml") || s.endsWith("yml");
        });
    }

    /** The regular files under {@code root} that {@code keep} accepts, normalised and sorted. */
    public static List<Path> walk(Path root, Predicate<Path> keep) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(keep).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
