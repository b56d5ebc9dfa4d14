package io.camelbenthos.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** Small pieces of Go's net/http behaviour that Benthos clients can observe. */
public final class GoHttp {
    private GoHttp() {
    }

    /**
     * Go's {@code textproto.CanonicalMIMEHeaderKey}: first letter and every letter after '-' upper-case, the rest
     * lower-case. Keys holding a byte that is not a valid header token character are returned unchanged, as in Go.
     */
    public static String canonicalHeaderKey(String key) {
        boolean needsChange = false;
        boolean upper = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isTokenChar(c)) {
                return key;
            }
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) {
                needsChange = true;
            }
            upper = c == '-';
        }
        if (!needsChange) {
            return key; // the common case: already canonical, no allocation
        }
        char[] out = key.toCharArray();
        upper = true;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (upper && c >= 'a' && c <= 'z') {
                out[i] = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + 32);
            }
            upper = c == '-';
        }
        return new String(out);
    }

    private static boolean isTokenChar(char c) {
        if (c > 0x7e || c <= 0x20) {
            return false;
        }
        return "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    /**
     * Go's {@code http.Error}: body {@code msg + "\n"}, plain-text content type and {@code nosniff}. Headers already
     * set on the response for a success (such as a stored Content-Type) are replaced.
     */
    public static void error(HttpServerResponse response, int status, String message) {
        response.setStatusCode(status);
        response.headers()
                .set("Content-Type", "text/plain; charset=utf-8")
                .set("X-Content-Type-Options", "nosniff");
        response.end(Buffer.buffer(message + "\n"));
    }
}
