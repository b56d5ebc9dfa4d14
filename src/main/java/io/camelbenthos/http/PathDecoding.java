package io.camelbenthos.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decodes a request path as Go's {@code r.URL.Path} is decoded ('+' stays '+', unlike form decoding). */
final class PathDecoding {
    private PathDecoding() {
    }

    static String decode(String rawPath) {
        if (rawPath.indexOf('%') < 0) {
            return rawPath; // nearly every request: no allocation
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length()
                    && Character.digit(rawPath.charAt(i + 1), 16) >= 0 && Character.digit(rawPath.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(rawPath.charAt(i + 1), 16) * 16 + Character.digit(rawPath.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
