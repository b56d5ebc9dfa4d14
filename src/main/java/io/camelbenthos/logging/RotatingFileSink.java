package io.camelbenthos.logging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * {@code logger.file} with {@code rotate: true}, as Benthos's lumberjack settings have it: when a line would take the
 * file past 10 MB, the file is renamed {@code <name>-<UTC time>.<ext>} and gzipped, a new one is started, only the
 * newest rotated file is kept, and with {@code rotate_max_age_days} rotated files older than that are deleted.
 */
final class RotatingFileSink implements LogSink {
    static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_BACKUPS = 1;
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS");

    private final Path file;
    private final long maxSize;
    private final int maxAgeDays;
    private final Clock clock;
    private final String prefix;
    private final String extension;
    private OutputStream out;
    private long size;

    RotatingFileSink(Path file, long maxSize, int maxAgeDays) throws IOException {
        this(file, maxSize, maxAgeDays, Clock.systemUTC());
    }

    RotatingFileSink(Path file, long maxSize, int maxAgeDays, Clock clock) throws IOException {
        this.file = file.toAbsolutePath();
        this.maxSize = maxSize;
        this.maxAgeDays = maxAgeDays;
        this.clock = clock;
        String name = this.file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.prefix = (dot > 0 ? name.substring(0, dot) : name) + "-";
        this.extension = dot > 0 ? name.substring(dot) : "";
        Files.createDirectories(this.file.getParent());
        open();
    }

    @Override
    public synchronized void write(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (size > 0 && size + bytes.length > maxSize) {
                rotate();
            }
            out.write(bytes);
            out.flush();
            size += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        String time = BACKUP_TIME.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path backup = file.resolveSibling(prefix + time + extension);
        Files.move(file, backup);
        open();
        compress(backup);
        removeOldBackups();
    }

    private static void compress(Path backup) throws IOException {
        Path gz = backup.resolveSibling(backup.getFileName() + ".gz");
        try (InputStream in = Files.newInputStream(backup); OutputStream zip = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(zip);
        }
        Files.delete(backup);
    }

    /** Keeps the newest {@link #MAX_BACKUPS} rotated files, and none older than the maximum age. */
    private void removeOldBackups() throws IOException {
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.getParent(), prefix + "*")) {
            for (Path p : dir) {
                Instant time = backupTime(p.getFileName().toString());
                if (time != null) {
                    backups.add(new Backup(p, time));
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::time).reversed());
        Instant cutoff = maxAgeDays > 0 ? clock.instant().minus(Duration.ofDays(maxAgeDays)) : null;
        for (int i = 0; i < backups.size(); i++) {
            Backup b = backups.get(i);
            if (i >= MAX_BACKUPS || (cutoff != null && b.time().isBefore(cutoff))) {
                Files.deleteIfExists(b.path());
            }
        }
    }

    /** The time in a rotated file's name, or null when the name is not one of ours. */
    private Instant backupTime(String name) {
        String rest = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (!rest.startsWith(prefix) || !rest.endsWith(extension)) {
            return null;
        }
        String time = rest.substring(prefix.length(), rest.length() - extension.length());
        try {
            return LocalDateTime.parse(time, BACKUP_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private record Backup(Path path, Instant time) {
    }
}
