package io.camelbenthos.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multipart request body laid out as Go's {@code mime/multipart.Writer} writes it: {@code --boundary} lines, each
 * part's headers sorted by key, CRLF line ends, the closing {@code --boundary--}; the Content-Type is
 * {@code multipart/form-data; boundary=<60 hex digits>} ({@code FormDataContentType}). Used for http_client request
 * bodies and for multipart sync responses.
 */
public final class MultipartWriter {
    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean first = true;

    public MultipartWriter() {
        this(Multipart.newBoundary());
    }

    public MultipartWriter(String boundary) {
        this.boundary = boundary;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Adds a part; a header with several values is written once per value, in order. */
    public MultipartWriter part(Map<String, List<String>> headers, byte[] body) {
        StringBuilder head = new StringBuilder(first ? "--" : "\r\n--").append(boundary).append("\r\n");
        new TreeMap<>(headers).forEach((k, values) -> values.forEach(
                v -> head.append(k).append(": ").append(v).append("\r\n")));
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        first = false;
        return this;
    }

    public byte[] close() {
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
