package io.camelbenthos.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code file} cache against Benthos's cache_file.go, in a temporary directory. */
class DirectoryStoreTest {
    @TempDir
    Path dir;

    private DirectoryStore store() {
        DirectoryStore s = new DirectoryStore();
        s.setDirectory(dir.toString());
        return s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void itemsAreFilesNamedByKey() throws Exception {
        DirectoryStore c = store();
        assertThatThrownBy(() -> c.get("foo")).isInstanceOf(KeyNotFoundException.class);
        c.set("foo", bytes("1"), null);
        assertThat(Files.readString(dir.resolve("foo"))).isEqualTo("1");
        assertThat(c.get("foo")).isEqualTo(bytes("1"));
        c.set("foo", bytes("22"), null);
        assertThat(c.get("foo")).isEqualTo(bytes("22"));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("foo"))))
                    .isIn("rw-r--r--", "rw-r-----", "rw-------"); // 0644 less the umask
        }
    }

    @Test
    void addCreatesExclusively() throws Exception {
        DirectoryStore c = store();
        c.add("bar", bytes("2"), null);
        assertThatThrownBy(() -> c.add("bar", bytes("3"), null)).isInstanceOf(KeyAlreadyExistsException.class);
        assertThat(c.get("bar")).isEqualTo(bytes("2"));
    }

    @Test
    void deletingAMissingKeyIsTheOsError() throws Exception {
        DirectoryStore c = store();
        c.set("k", bytes("v"), null);
        c.delete("k");
        assertThat(Files.exists(dir.resolve("k"))).isFalse();
        assertThatThrownBy(() -> c.delete("k")).isInstanceOf(CacheException.class)
                .isNotInstanceOf(KeyNotFoundException.class)
                .hasMessage("remove " + dir.resolve("k") + ": no such file or directory");
    }

    @Test
    void writingUnderAMissingDirectoryIsAPathError() {
        DirectoryStore c = store();
        assertThatThrownBy(() -> c.set("sub/k", bytes("v"), null))
                .hasMessage("open " + dir.resolve("sub/k") + ": no such file or directory");
    }
}
