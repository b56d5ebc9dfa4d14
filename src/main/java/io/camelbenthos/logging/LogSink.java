package io.camelbenthos.logging;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** Where log lines go: a standard stream, a file, or a file that rotates. One line per call, written whole. */
interface LogSink extends AutoCloseable {
    void write(String line);

    @Override
    void close();

    /** The sink for these settings; the log file (and its folder) is created when missing. */
    static LogSink of(LogSettings settings, PrintStream standardStream) throws IOException {
        if (settings.filePath().isEmpty()) {
            return new StreamSink(standardStream);
        }
        Path file = Path.of(settings.filePath());
        return settings.rotate() ? new RotatingFileSink(file, RotatingFileSink.MAX_SIZE_BYTES, settings.rotateMaxAgeDays())
                : new FileSink(file);
    }
}
