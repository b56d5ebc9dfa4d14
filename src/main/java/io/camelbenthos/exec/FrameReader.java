package io.camelbenthos.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads a subprocess's output frame by frame, as {@code codec_recv} says (Benthos's scanner split functions):
 * {@code lines} (a trailing {@code \r} dropped, a last unterminated line kept), {@code length_prefixed_uint32_be} and
 * {@code netstring}. A frame longer than {@code max_buffer} fails as Go's scanner does.
 */
public abstract class FrameReader {
    /** The codecs {@code codec_send} and {@code codec_recv} accept. */
    public static final java.util.List<String> CODECS = java.util.List.of("lines", "length_prefixed_uint32_be",
            "netstring");

    protected final InputStream in;
    protected final int maxBuffer;

    private FrameReader(InputStream in, int maxBuffer) {
        this.in = in;
        this.maxBuffer = maxBuffer;
    }

    /** The next frame, or null at the end of the stream. */
    public abstract byte[] next() throws IOException;

    public static FrameReader of(String codec, InputStream in, int maxBuffer) {
        return switch (codec) {
            case "lines" -> new Lines(in, maxBuffer);
            case "length_prefixed_uint32_be" -> new LengthPrefixed(in, maxBuffer);
            case "netstring" -> new Netstring(in, maxBuffer);
            default -> throw new IllegalArgumentException("invalid codec_recv option: " + codec);
        };
    }

    protected IOException tooLong() {
        return new IOException("bufio.Scanner: token too long");
    }

    private static final class Lines extends FrameReader {
        Lines(InputStream in, int maxBuffer) {
            super(in, maxBuffer);
        }

        @Override
        public byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    return dropCarriageReturn(line.toByteArray());
                }
                if (line.size() >= maxBuffer) {
                    throw tooLong();
                }
                line.write(b);
            }
            return line.size() == 0 ? null : dropCarriageReturn(line.toByteArray());
        }

        private static byte[] dropCarriageReturn(byte[] line) {
            if (line.length > 0 && line[line.length - 1] == '\r') {
                return java.util.Arrays.copyOf(line, line.length - 1);
            }
            return line;
        }
    }

    private static final class LengthPrefixed extends FrameReader {
        LengthPrefixed(InputStream in, int maxBuffer) {
            super(in, maxBuffer);
        }

        @Override
        public byte[] next() throws IOException {
            byte[] prefix = in.readNBytes(4);
            if (prefix.length < 4) {
                return null; // Go's split function gives nothing for a partial frame at EOF
            }
            long length = Integer.toUnsignedLong(ByteBuffer.wrap(prefix).getInt());
            if (length + 4 > maxBuffer) {
                throw tooLong();
            }
            byte[] frame = in.readNBytes((int) length);
            return frame.length < length ? null : frame;
        }
    }

    private static final class Netstring extends FrameReader {
        Netstring(InputStream in, int maxBuffer) {
            super(in, maxBuffer);
        }

        @Override
        public byte[] next() throws IOException {
            ByteArrayOutputStream digits = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != ':') {
                if (b == -1) {
                    return null;
                }
                if (digits.size() >= maxBuffer) {
                    throw tooLong();
                }
                digits.write(b);
            }
            String text = digits.toString(StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                throw new IOException("encountered invalid netstring: netstring starts with colon (':')");
            }
            long length;
            try {
                length = Long.parseLong(text);
                if (length < 0) {
                    throw new NumberFormatException(text);
                }
            } catch (NumberFormatException e) {
                throw new IOException("encountered invalid netstring: unable to decode length '" + text + "'");
            }
            if (length + text.length() + 2 > maxBuffer) {
                throw tooLong();
            }
            byte[] frame = in.readNBytes((int) length);
            if (frame.length < length) {
                return null;
            }
            int comma = in.read();
            if (comma == -1) {
                return null;
            }
            if (comma != ',') {
                throw new IOException("encountered invalid netstring: trailing comma-character is missing");
            }
            return frame;
        }
    }
}
