package io.camelbenthos.configtest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file error in Go's words ({@code open x: no such file or directory}), as Benthos prints them. */
final class FileErrors {
    private FileErrors() {
    }

    static String describe(Path path, IOException e) {
        Path file = path.normalize();
        if (e instanceof NoSuchFileException) {
            return "open " + file + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "open " + file + ": permission denied";
        }
        return "open " + file + ": " + e.getMessage();
    }
}
