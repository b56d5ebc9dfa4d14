package io.camelbenthos.bloblang.methods.geoip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The opened databases, shared by path. Benthos opens the file when a geoip_* call is bound: once at parse time for a
 * literal path, and again on every evaluation for a dynamic one. Sharing gives the same answers without mapping the
 * same file once per mapping or per message; an entry is reopened when the file's identity, size or modification time
 * changes (a database updated in place), so a dynamic path still sees the current file as Benthos would.
 */
final class GeoIpDatabases {
    private static final ConcurrentMap<String, Entry> OPEN = new ConcurrentHashMap<>();

    private GeoIpDatabases() {
    }

    /** The database at {@code path}, opened now or shared; errors as {@link GeoIpDatabase#open}. */
    static GeoIpDatabase get(String path) {
        FileStamp stamp = FileStamp.of(path);
        if (stamp == null) {
            return GeoIpDatabase.open(path); // throws: the file cannot be read
        }
        // compute, not get-then-put: two first lookups of a file open (memory-map) it once; open's exception
        // leaves the cache as it was
        return OPEN.compute(path, (p, cached) -> cached != null && cached.stamp.equals(stamp)
                ? cached : new Entry(stamp, GeoIpDatabase.open(p))).database;
    }

    private record Entry(FileStamp stamp, GeoIpDatabase database) {
    }

    /** What identifies one version of a file: replaced or rewritten files get another stamp. */
    private record FileStamp(Object fileKey, long size, FileTime modified) {
        static FileStamp of(String path) {
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
                return new FileStamp(Objects.requireNonNullElse(a.fileKey(), path), a.size(), a.lastModifiedTime());
            } catch (IOException | RuntimeException e) {
                return null; // not cacheable: opening reports the problem in Go's words
            }
        }
    }

    /** Test support: forgets every shared database. */
    static void clear() {
        OPEN.clear();
    }
}
