package io.camelbenthos.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code file} cache (connectors reference §10.4): one file per item under {@code directory}, the key being the
 * path relative to it. {@code set} writes the file (mode 0644), {@code add} creates it exclusively, a missing file
 * is "key does not exist", and, as in Benthos, deleting a missing key is an error ({@code remove <path>: no such file
 * or directory}). TTLs are ignored; nothing ever expires. Errors are worded as Go's {@code *PathError}.
 */
public class DirectoryStore implements Cache {
    private static final Set<OpenOption> WRITE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING);
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);

    private String directory = "";

    /** The directory items are stored in. */
    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    @Override
    public byte[] get(String key) throws CacheException {
        Path file = pathOf(key);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyNotFoundException();
        } catch (IOException e) {
            throw pathError(Files.isDirectory(file) ? "read" : "open", file, e);
        }
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) throws CacheException {
        write(pathOf(key), value, WRITE);
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) throws CacheException {
        try {
            write(pathOf(key), value, CREATE_NEW);
        } catch (CacheException e) {
            if (e.getCause() instanceof FileAlreadyExistsException) {
                throw new KeyAlreadyExistsException();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) throws CacheException {
        Path file = pathOf(key);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw pathError("remove", file, e);
        }
    }

    private static void write(Path file, byte[] value, Set<OpenOption> options) throws CacheException {
        try (SeekableByteChannel out = Files.newByteChannel(file, options, mode0644(file))) {
            ByteBuffer buffer = ByteBuffer.wrap(value);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        } catch (IOException e) {
            throw pathError("open", file, e);
        }
    }

    private static FileAttribute<?>[] mode0644(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))};
    }

    /** Go's {@code filepath.Join(directory, key)}: joined and cleaned. */
    private Path pathOf(String key) {
        return Path.of(directory, key).normalize();
    }

    /** Go's {@code *PathError} text: {@code <op> <path>: <errno text>}. */
    private static CacheException pathError(String op, Path file, IOException e) {
        return new CacheException(op + " " + file + ": " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason == null || reason.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        // Go's errno texts are strerror's, lower-cased ("is a directory")
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
