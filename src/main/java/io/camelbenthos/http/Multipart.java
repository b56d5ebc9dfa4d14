package io.camelbenthos.http;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Reads multipart request bodies into parts and writes multipart responses, the way Go's mime/multipart does. */
public final class Multipart {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    /** Thrown for a body that is not valid multipart: Benthos answers 400 "Bad request". */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** True when the media type of a Content-Type value starts with {@code multipart/} (case-insensitive, as Go). */
    public static boolean isMultipart(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The {@code boundary} parameter of a Content-Type value, unquoted; null when absent. */
    public static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String value = param.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The parts' bodies, in order; the parts' own headers are discarded, as Benthos does (§1.4). */
    public static List<byte[]> parse(byte[] body, String contentType) throws MalformedException {
        String boundary = boundary(contentType);
        if (boundary == null) {
            throw new MalformedException("no multipart boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new MalformedException("multipart delimiter not found");
        }
        pos += delimiter.length;
        while (true) {
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return parts;
            }
            int lineEnd = indexOf(body, CRLF, pos);
            if (lineEnd < 0) {
                throw new MalformedException("truncated multipart body");
            }
            int headersStart = lineEnd + 2;
            int contentStart;
            if (startsWith(body, headersStart, CRLF)) {
                contentStart = headersStart + 2;
            } else {
                int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
                if (headersEnd < 0) {
                    throw new MalformedException("truncated multipart headers");
                }
                contentStart = headersEnd + 4;
            }
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw new MalformedException("missing closing multipart delimiter");
            }
            byte[] part = new byte[contentEnd - contentStart];
            System.arraycopy(body, contentStart, part, 0, part.length);
            parts.add(part);
            pos = contentEnd + nextDelimiter.length;
        }
    }

    /** A random boundary like Go's multipart.Writer (30 random bytes in hex). */
    public static String newBoundary() {
        byte[] b = new byte[30];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Writes parts, each with only a Content-Type header, in Go's multipart.Writer layout. */
    public static Buffer write(String boundary, List<byte[]> bodies, List<String> contentTypes) {
        MultipartWriter writer = new MultipartWriter(boundary);
        for (int i = 0; i < bodies.size(); i++) {
            writer.part(Map.of("Content-Type", List.of(contentTypes.get(i))), bodies.get(i));
        }
        return Buffer.buffer(writer.close());
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
