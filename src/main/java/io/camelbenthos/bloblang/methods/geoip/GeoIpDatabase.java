package io.camelbenthos.bloblang.methods.geoip;

import com.maxmind.db.InvalidDatabaseException;
import com.maxmind.db.Reader;
import io.camelbenthos.bloblang.go.GoIp;
import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.QueryException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One opened MaxMind DB file, as geoip2-golang's {@code Reader}: the database type decides which lookups it serves,
 * and a lookup decodes the record into that lookup's {@link GoStruct}. Thread-safe (the MaxMind reader is).
 */
final class GeoIpDatabase {
    private final Reader reader;
    private final String databaseType;
    private final Set<GeoIpLookup> supported;

    private GeoIpDatabase(Reader reader, String databaseType, Set<GeoIpLookup> supported) {
        this.reader = reader;
        this.databaseType = databaseType;
        this.supported = supported;
    }

    /**
     * Go {@code geoip2.Open}: memory-maps the file and checks its database type.
     *
     * @throws QueryException with Go's texts: {@code open <path>: no such file or directory}, {@code error opening
     *                        database: invalid MaxMind DB file}, {@code geoip2: reader does not support the "X"
     *                        database type}...
     */
    static GeoIpDatabase open(String path) {
        Reader reader;
        try {
            Path file = Path.of(path);
            if (Files.isDirectory(file)) {
                throw Errors.failure("no such device"); // Go mmaps the opened directory: ENODEV
            }
            if (Files.size(file) == 0) {
                throw Errors.failure("invalid argument"); // Go mmaps zero bytes: EINVAL
            }
            reader = new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED);
        } catch (InvalidPathException e) {
            throw Errors.failure("open " + path + ": invalid argument"); // a NUL byte: Go's EINVAL
        } catch (NoSuchFileException e) {
            throw Errors.failure("open " + path + ": no such file or directory");
        } catch (AccessDeniedException e) {
            throw Errors.failure("open " + path + ": permission denied");
        } catch (InvalidDatabaseException e) {
            // What maxminddb.FromBytes says when the metadata marker is missing, by far the usual way a file is not
            // a MaxMind DB; the reader's other complaints about corrupt metadata get the same answer
            throw Errors.failure("error opening database: invalid MaxMind DB file");
        } catch (IOException e) {
            throw Errors.failure("open " + path + ": " + e.getMessage());
        } catch (QueryException e) {
            throw e;
        } catch (RuntimeException e) {
            // The reader decoding metadata of the wrong shape: a corrupt file all the same
            throw Errors.failure("error opening database: invalid MaxMind DB file");
        }
        String type = Objects.requireNonNullElse(reader.getMetadata().databaseType(), "");
        Set<GeoIpLookup> supported = GeoIpLookup.supportedBy(type);
        if (supported == null) {
            closeQuietly(reader);
            throw Errors.failure("geoip2: reader does not support the " + GoStrconv.quote(type) + " database type");
        }
        return new GeoIpDatabase(reader, type, supported);
    }

    /**
     * Looks {@code ip} (already parsed by {@link GoIp#parse}) up: the record decoded into the lookup's struct, the
     * all-zero struct when the address is not in the database.
     *
     * @throws QueryException geoip2's {@code InvalidMethodError} for a database of another type, maxminddb's error for
     *                        an IPv6 address in an IPv4-only database, or a decoding error
     */
    Map<String, Object> lookup(GeoIpLookup lookup, byte[] ip) {
        if (!supported.contains(lookup)) {
            throw Errors.failure("geoip2: the " + lookup.goMethod + " method does not support the " + databaseType
                    + " database");
        }
        // maxminddb looks IPv4 (and IPv4-mapped IPv6) addresses up as 32 bits, from the tree's IPv4 subtree
        byte[] v4 = GoIp.to4(ip);
        byte[] address = v4 != null ? v4 : ip;
        if (address.length == 16 && reader.getMetadata().ipVersion() == 4) {
            throw Errors.failure("error looking up '" + GoIp.format(ip)
                    + "': you attempted to look up an IPv6 address in an IPv4-only database");
        }
        Object record;
        try {
            record = reader.get(InetAddress.getByAddress(address), Object.class);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4 or 16 byte address is always valid", e);
        } catch (IOException | RuntimeException e) {
            throw Errors.failure(String.valueOf(e.getMessage()));
        }
        return lookup.struct.decode(record);
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was handed out yet; the mapping goes with the garbage collector
        }
    }
}
