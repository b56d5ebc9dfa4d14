package io.camelbenthos.exec;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the program a {@code command} or {@code subprocess} runs as Go's {@code exec.LookPath} does: a name with a
 * slash is a path, anything else is searched in {@code PATH}; a miss gets Go's error text.
 */
public final class Executables {
    private Executables() {
    }

    /**
     * The path of the program {@code name} names.
     *
     * @throws IllegalArgumentException with Go's text ({@code exec: "x": executable file not found in $PATH})
     */
    public static String lookup(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("exec: no command");
        }
        if (name.contains("/")) {
            Path p = Path.of(name);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new IllegalArgumentException("fork/exec " + name + ": no such file or directory");
            }
            return name;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalArgumentException("exec: \"" + name + "\": executable file not found in $PATH");
    }
}
