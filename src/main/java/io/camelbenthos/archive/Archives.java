package io.camelbenthos.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The byte formats of Benthos's {@code archive} and {@code unarchive} (processors reference §8, §9): Benthos's own
 * {@code binary} framing, tar and zip. An entry is a name and its bytes.
 */
public final class Archives {
    /** Benthos's text for a {@code binary} archive that does not parse. */
    public static final String BAD_BINARY = "serialised message bytes were in unexpected format";

    private Archives() {
    }

    /** One file of a tar or zip archive. */
    public record Entry(String name, byte[] content) {
    }

    /** {@code binary}: a big-endian u32 part count, then each part as a big-endian u32 length and its bytes. */
    public static byte[] binary(List<byte[]> parts) {
        int size = 4;
        for (byte[] p : parts) {
            size += 4 + p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(parts.size());
        for (byte[] p : parts) {
            out.putInt(p.length).put(p);
        }
        return out.array();
    }

    /** The inverse of {@link #binary}; null when the bytes are not in that format. */
    public static List<byte[]> unbinary(byte[] bytes) {
        if (bytes.length < 4) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long count = Integer.toUnsignedLong(in.getInt());
        List<byte[]> parts = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            if (in.remaining() < 4) {
                return null;
            }
            long length = Integer.toUnsignedLong(in.getInt());
            if (in.remaining() < length) {
                return null;
            }
            byte[] part = new byte[(int) length];
            in.get(part);
            parts.add(part);
        }
        return parts;
    }

    /** A tar of regular files, mode 0666, modified now (Go's {@code archive/tar} writer, as Benthos fills it). */
    public static byte[] tar(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            Date now = new Date();
            for (Entry e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.name(), true);
                entry.setMode(0666);
                entry.setModTime(now);
                entry.setSize(e.content().length);
                tar.putArchiveEntry(entry);
                tar.write(e.content());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Every entry of a tar, in archive order (directories too, as empty entries). */
    public static List<Entry> untar(byte[] bytes) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new java.io.ByteArrayInputStream(bytes))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                out.add(new Entry(entry.getName(), tar.readAllBytes()));
            }
        }
        return out;
    }

    /** A zip, each entry deflated. */
    public static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            long now = System.currentTimeMillis();
            for (Entry e : entries) {
                ZipEntry entry = new ZipEntry(e.name());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setTime(now);
                zip.putNextEntry(entry);
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Every entry of a zip, in central-directory order (directories too, as empty entries). */
    public static List<Entry> unzip(byte[] bytes) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    out.add(new Entry(entry.getName(), in.readAllBytes()));
                }
            }
        }
        return out;
    }
}
