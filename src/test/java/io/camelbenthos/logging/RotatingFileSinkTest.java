package io.camelbenthos.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logger.file.rotate}: lumberjack's rules as Benthos sets them (size limit, one gzipped backup, max age). */
class RotatingFileSinkTest {
    @TempDir
    Path dir;

    /** A clock the test moves: each rotation gets a distinct time in its file name. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String gunzip(Path p) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLineThatWouldPassTheLimitStartsANewFileAndTheOldOneIsGzipped() throws Exception {
        SteppingClock clock = new SteppingClock();
        Path log = dir.resolve("benthos.log");
        try (RotatingFileSink sink = new RotatingFileSink(log, 20, 0, clock)) {
            sink.write("first line 1234");   // 16 bytes
            sink.write("second line 123");   // would make 32: rotates first
        }
        assertThat(Files.readString(log)).isEqualTo("second line 123\n");
        Path backup = dir.resolve("benthos-2026-12-01T10-00-00.000.log.gz");
        assertThat(files()).containsExactly(backup, log);
        assertThat(gunzip(backup)).isEqualTo("first line 1234\n");
    }

    @Test
    void onlyTheNewestRotatedFileIsKept() throws Exception {
        SteppingClock clock = new SteppingClock();
        Path log = dir.resolve("benthos.log");
        try (RotatingFileSink sink = new RotatingFileSink(log, 10, 0, clock)) {
            for (int i = 0; i < 4; i++) {
                sink.write("line " + i + " xx");
                clock.advance(Duration.ofMinutes(1));
            }
        }
        assertThat(files()).containsExactly(dir.resolve("benthos-2026-12-01T10-03-00.000.log.gz"), log);
        assertThat(gunzip(files().get(0))).isEqualTo("line 2 xx\n");
    }

    @Test
    void rotatedFilesOlderThanTheMaximumAgeAreDeleted() throws Exception {
        SteppingClock clock = new SteppingClock();
        Path log = dir.resolve("app.log");
        Path stale = dir.resolve("app-2026-11-20T00-00-00.000.log.gz");
        Files.writeString(stale, "old");
        Path unrelated = dir.resolve("app-notes.txt");
        Files.writeString(unrelated, "kept");
        try (RotatingFileSink sink = new RotatingFileSink(log, 10, 3, clock)) {
            sink.write("0123456789");
            sink.write("next");
        }
        assertThat(files()).containsExactly(dir.resolve("app-2026-12-01T10-00-00.000.log.gz"), unrelated, log);
    }

    @Test
    void anExistingFileIsAppendedToAndCountsTowardsTheLimit() throws Exception {
        SteppingClock clock = new SteppingClock();
        Path log = dir.resolve("nested/dir/x.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "already here\n");
        try (RotatingFileSink sink = new RotatingFileSink(log, 20, 0, clock)) {
            sink.write("more");
            sink.write("and more");
        }
        assertThat(Files.readString(log)).isEqualTo("and more\n");
        assertThat(gunzip(log.resolveSibling("x-2026-12-01T10-00-00.000.log.gz"))).isEqualTo("already here\nmore\n");
    }
}
