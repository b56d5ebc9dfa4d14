package io.camelbenthos.runtime;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams mode's stream files and their ids (processors reference §22.2): a file is a stream named after its base
 * name; a directory is walked recursively and each {@code .yaml}/{@code .yml} file is a stream named after its path
 * relative to that directory, separators replaced by {@code _} ({@code streams/team/foo.yaml} → {@code team_foo});
 * {@code *_benthos_test} files are skipped in directories only.
 */
public final class StreamFiles {
    private StreamFiles() {
    }

    /** @throws ConfigException on two files with one id ({@code stream id (x) collision from file: path}) */
    public static Map<String, Path> find(List<Path> paths) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(StreamFiles::isYaml).sorted().forEach(file -> {
                        String id = withoutExtension(path.relativize(file).toString()).replace(file.getFileSystem().getSeparator(), "_");
                        if (!id.endsWith("_benthos_test")) {
                            add(found, id, file);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                add(found, withoutExtension(path.getFileName().toString()), path);
            }
        }
        return found;
    }

    /**
     * The stream id of {@code file} under the given arguments (as {@link #find} names it), or null when the file is
     * not a stream of theirs (not YAML, a test definition in a directory, outside every argument).
     */
    public static String idOf(List<Path> paths, Path file) {
        Path target = file.toAbsolutePath().normalize();
        for (Path path : paths) {
            Path arg = path.toAbsolutePath().normalize();
            if (arg.equals(target)) {
                return withoutExtension(target.getFileName().toString());
            }
            if (target.startsWith(arg) && !arg.equals(target) && isYaml(target)) {
                String id = withoutExtension(arg.relativize(target).toString()).replace(target.getFileSystem().getSeparator(), "_");
                return id.endsWith("_benthos_test") ? null : id;
            }
        }
        return null;
    }

    private static void add(Map<String, Path> found, String id, Path file) {
        if (found.putIfAbsent(id, file) != null) {
            throw new ConfigException(new Position(file.toString(), 1, 1), "stream id (" + id + ") collision from file: " + file);
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String withoutExtension(String name) {
        return name.replaceFirst("\\.ya?ml$", "");
    }
}
