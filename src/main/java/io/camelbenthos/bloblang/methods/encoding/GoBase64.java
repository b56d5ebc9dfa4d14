package io.camelbenthos.bloblang.methods.encoding;

import java.io.ByteArrayOutputStream;

/**
 * Go's {@code encoding/base64} decoder as {@code base64.NewDecoder} + {@code io.ReadAll} use it: {@code \r} and
 * {@code \n} are skipped, padding is required for the padded encodings and forbidden for the raw one, and errors
 * read {@code illegal base64 data at input byte N}. Unlike Java's decoder, non-zero trailing bits are accepted.
 */
public final class GoBase64 {
    private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private GoBase64() {
    }

    /** @throws IllegalArgumentException with Go's text, {@code illegal base64 data at input byte N} */
    public static byte[] decode(byte[] src, boolean url, boolean padded) {
        String alphabet = url ? URL : STD;
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4);
        int[] quantum = new int[4];
        int n = 0;
        int i = 0;
        while (i < src.length) {
            int c = src[i] & 0xFF;
            if (c == '\r' || c == '\n') {
                i++;
                continue;
            }
            if (c == '=') {
                if (!padded || n < 2) {
                    throw illegal(i);
                }
                // n == 2 needs "==", n == 3 needs "="; then only newlines may follow
                int need = 4 - n;
                int j = i;
                while (need > 0) {
                    if (j >= src.length) {
                        throw illegal(src.length);
                    }
                    int d = src[j] & 0xFF;
                    if (d == '\r' || d == '\n') {
                        j++;
                        continue;
                    }
                    if (d != '=') {
                        throw illegal(j);
                    }
                    need--;
                    j++;
                }
                for (; j < src.length; j++) {
                    int d = src[j] & 0xFF;
                    if (d != '\r' && d != '\n') {
                        throw illegal(j);
                    }
                }
                flush(out, quantum, n);
                return out.toByteArray();
            }
            int v = c < 128 ? alphabet.indexOf(c) : -1;
            if (v < 0) {
                throw illegal(i);
            }
            quantum[n++] = v;
            if (n == 4) {
                flush(out, quantum, 4);
                n = 0;
            }
            i++;
        }
        if (n > 0) {
            if (padded || n == 1) {
                throw illegal(src.length - n); // Go reports where the incomplete quantum starts
            }
            flush(out, quantum, n);
        }
        return out.toByteArray();
    }

    private static void flush(ByteArrayOutputStream out, int[] q, int n) {
        int v = (q[0] << 18) | (q[1] << 12) | (n > 2 ? q[2] << 6 : 0) | (n > 3 ? q[3] : 0);
        out.write(v >> 16);
        if (n > 2) {
            out.write((v >> 8) & 0xFF);
        }
        if (n > 3) {
            out.write(v & 0xFF);
        }
    }

    private static IllegalArgumentException illegal(int offset) {
        return new IllegalArgumentException("illegal base64 data at input byte " + offset);
    }
}
