package io.camelbenthos.bloblang.functions.env;

import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Host access shared by the impure environment functions, with Go's {@code os} error texts. */
final class HostFiles {
    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private HostFiles() {
    }

    /** Go {@code os.Hostname}: the kernel host name on Linux, else what the JDK reports. */
    static String hostname() {
        try {
            if (Files.isReadable(KERNEL_HOSTNAME)) {
                return Files.readString(KERNEL_HOSTNAME, StandardCharsets.UTF_8).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            throw Errors.failure("failed to obtain hostname: %s", e.getMessage());
        }
    }

    /** Reads a file once and keeps its bytes, or every time with {@code noCache}. Thread-safe. */
    static final class Reader {
        private final boolean noCache;
        private volatile byte[] cached;

        Reader(boolean noCache) {
            this.noCache = noCache;
        }

        byte[] read(Path path, String shownPath) {
            byte[] bytes = cached;
            if (bytes != null) {
                return bytes;
            }
            bytes = readFile(path, shownPath);
            if (!noCache) {
                cached = bytes;
            }
            return bytes;
        }
    }

    /** Go {@code os.ReadFile}, failing with texts such as {@code open x: no such file or directory}. */
    static byte[] readFile(Path path, String shownPath) {
        try {
            if (Files.isDirectory(path)) {
                throw Errors.failure("read %s: is a directory", shownPath);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw Errors.failure("open %s: no such file or directory", shownPath);
        } catch (AccessDeniedException e) {
            throw Errors.failure("open %s: permission denied", shownPath);
        } catch (IOException e) {
            throw Errors.failure("open %s: %s", shownPath, e.getMessage());
        } catch (QueryException e) {
            throw e;
        }
    }
}
