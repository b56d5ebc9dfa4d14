package io.camelbenthos.cache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage format of the {@code cached} processor (processors reference §5), byte for byte Benthos's, so a cache
 * shared with Benthos reads both ways: big-endian u32 version {@code 1}, u32 message count, then per message a u32
 * length and the raw content. Only contents are stored, never metadata or error flags.
 */
public final class CachedResults {
    private static final int VERSION = 1;

    private CachedResults() {
    }

    public static byte[] encode(List<byte[]> contents) {
        int size = 8;
        for (byte[] c : contents) {
            size += 4 + c.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        writeUint32(out, VERSION);
        writeUint32(out, contents.size());
        for (byte[] c : contents) {
            writeUint32(out, c.length);
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    /**
     * @throws IllegalArgumentException with Benthos's text ({@code invalid format version: 7},
     *     {@code failed to extract message 0 size: input data ended unexpectedly}, ...)
     */
    public static List<byte[]> decode(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        long version = uint32(in, "failed to extract serialization format version");
        if (version != VERSION) {
            throw new IllegalArgumentException("invalid format version: " + version);
        }
        long count = uint32(in, "failed to extract batch size");
        List<byte[]> contents = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            String context = "failed to extract message " + i + " size";
            long length = uint32(in, context);
            if (in.remaining() < length) {
                throw new IllegalArgumentException(context + ": input data ended unexpectedly");
            }
            byte[] content = new byte[(int) length];
            in.get(content);
            contents.add(content);
        }
        return contents;
    }

    private static long uint32(ByteBuffer in, String context) {
        if (in.remaining() < 4) {
            throw new IllegalArgumentException(context + ": message is too small to extract number");
        }
        return Integer.toUnsignedLong(in.getInt());
    }

    private static void writeUint32(ByteArrayOutputStream out, long n) {
        out.write((int) (n >>> 24));
        out.write((int) (n >>> 16));
        out.write((int) (n >>> 8));
        out.write((int) n);
    }
}
