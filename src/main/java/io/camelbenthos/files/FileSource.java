package io.camelbenthos.files;

import io.camelbenthos.message.Message;
import io.camelbenthos.scanner.Scanner;
import io.camelbenthos.scanner.ScannerFactory;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourceBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a {@code file} (or {@code csv}) input read one after the other through a scanner (connectors reference
 * §7.1): each message gets {@code path}, {@code mod_time_unix} and {@code mod_time}. A file that cannot be opened
 * stays first in line and is tried again; a scanner error ends that file. With {@code delete_on_finish} a file is
 * deleted once it was read to its end and every message of it was acked.
 */
public final class FileSource implements BatchSource {
    private static final Logger LOG = LoggerFactory.getLogger(FileSource.class);

    private final Deque<String> paths;
    private final ScannerFactory scanners;
    private final boolean deleteOnFinish;
    private OpenFile current;

    public FileSource(List<String> expandedPaths, ScannerFactory scanners, boolean deleteOnFinish) {
        this.paths = new ArrayDeque<>(expandedPaths);
        this.scanners = scanners;
        this.deleteOnFinish = deleteOnFinish;
    }

    @Override
    public synchronized SourceBatch read() throws IOException {
        while (true) {
            if (current == null) {
                if (paths.isEmpty()) {
                    return null;
                }
                current = open(paths.peekFirst());
                paths.removeFirst();
                LOG.debug("Consuming from file '{}'", current.path);
            }
            OpenFile file = current;
            List<Message> batch;
            try {
                batch = file.scanner.next();
            } catch (IOException e) {
                file.failed();
                closeCurrent();
                throw e;
            }
            if (batch == null) {
                closeCurrent();
                file.finished();
                continue;
            }
            for (Message m : batch) {
                m.metadata().put("path", file.path);
                m.metadata().put("mod_time_unix", file.modTime.getEpochSecond());
                m.metadata().put("mod_time", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                        .format(file.modTime.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
            }
            file.pending();
            return new SourceBatch(batch, file::acked);
        }
    }

    private OpenFile open(String path) throws IOException {
        InputStream in = Files.newInputStream(Path.of(path));
        Instant modTime = Instant.EPOCH;
        try {
            modTime = Files.getLastModifiedTime(Path.of(path)).toInstant();
        } catch (IOException e) {
            LOG.error("Failed to read metadata from file '{}'", path);
        }
        try {
            return new OpenFile(path, modTime, scanners.open(in, path));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void closeCurrent() {
        try {
            current.scanner.close();
        } catch (IOException e) {
            LOG.debug("Closing '{}': {}", current.path, e.getMessage());
        }
        current = null;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            closeCurrent();
        }
        paths.clear();
    }

    /** One file being read, and the bookkeeping that decides when it may be deleted. */
    private final class OpenFile {
        final String path;
        final Instant modTime;
        final Scanner scanner;
        private int pending;
        private boolean finished;
        private boolean failed;

        OpenFile(String path, Instant modTime, Scanner scanner) {
            this.path = path;
            this.modTime = modTime;
            this.scanner = scanner;
        }

        synchronized void pending() {
            pending++;
        }

        synchronized void failed() {
            failed = true;
        }

        synchronized void finished() {
            finished = true;
            deleteWhenDone();
        }

        synchronized void acked(Throwable error) {
            pending--;
            if (error != null) {
                failed = true;
            }
            deleteWhenDone();
        }

        private void deleteWhenDone() {
            if (deleteOnFinish && finished && pending == 0 && !failed) {
                try {
                    Files.deleteIfExists(Path.of(path));
                } catch (IOException e) {
                    LOG.error("Failed to delete file '{}': {}", path, e.getMessage());
                }
                failed = true; // once
            }
        }
    }
}
