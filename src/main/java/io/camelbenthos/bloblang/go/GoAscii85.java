package io.camelbenthos.bloblang.go;

import java.io.ByteArrayOutputStream;

/**
 * Go's {@code encoding/ascii85} (the btoa/Adobe alphabet {@code !}..{@code u}, {@code z} for an all-zero group, no
 * {@code <~ ~>} delimiters) and ZeroMQ's Z85 as {@code github.com/tilinna/z85} implements it (input must be aligned:
 * 4-byte groups to encode, 5-character groups to decode).
 */
public final class GoAscii85 {
    private static final String Z85_ALPHABET =
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
    private static final int[] Z85_DECODE = new int[128];

    static {
        java.util.Arrays.fill(Z85_DECODE, -1);
        for (int i = 0; i < Z85_ALPHABET.length(); i++) {
            Z85_DECODE[Z85_ALPHABET.charAt(i)] = i;
        }
    }

    private GoAscii85() {
    }

    /** Go {@code ascii85.Encode} of all of {@code src} (what {@code NewEncoder} + {@code Close} write). */
    public static String encode(byte[] src) {
        StringBuilder sb = new StringBuilder((src.length + 3) / 4 * 5);
        for (int i = 0; i < src.length; i += 4) {
            int n = Math.min(4, src.length - i);
            long v = 0;
            for (int k = 0; k < 4; k++) {
                v = (v << 8) | (k < n ? src[i + k] & 0xFF : 0);
            }
            if (v == 0 && n == 4) {
                sb.append('z');
                continue;
            }
            char[] digits = new char[5];
            for (int k = 4; k >= 0; k--) {
                digits[k] = (char) ('!' + v % 85);
                v /= 85;
            }
            sb.append(digits, 0, n + 1); // a partial group keeps n+1 digits
        }
        return sb.toString();
    }

    /**
     * Go {@code ascii85.NewDecoder} read to the end: whitespace and control characters are skipped, {@code z} expands
     * to four zero bytes at a group boundary, a trailing partial group of k digits yields k-1 bytes.
     *
     * @throws IllegalArgumentException {@code illegal ascii85 data at input byte N}
     */
    public static byte[] decode(byte[] src) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length);
        long v = 0;
        int nb = 0;
        for (int i = 0; i < src.length; i++) {
            int c = src[i] & 0xFF;
            if (c <= ' ') {
                continue;
            }
            if (c == 'z' && nb == 0) {
                out.write(0);
                out.write(0);
                out.write(0);
                out.write(0);
                continue;
            }
            if (c < '!' || c > 'u') {
                throw new IllegalArgumentException("illegal ascii85 data at input byte " + i);
            }
            v = (v * 85 + (c - '!')) & 0xFFFFFFFFL; // Go accumulates in a uint32
            nb++;
            if (nb == 5) {
                writeGroup(out, v, 4);
                v = 0;
                nb = 0;
            }
        }
        if (nb > 0) {
            if (nb == 1) {
                throw new IllegalArgumentException("illegal ascii85 data at input byte " + src.length);
            }
            for (int k = nb; k < 5; k++) {
                v = (v * 85 + 84) & 0xFFFFFFFFL; // assume the worst-case digit for the truncated part
            }
            writeGroup(out, v, nb - 1);
        }
        return out.toByteArray();
    }

    private static void writeGroup(ByteArrayOutputStream out, long v, int n) {
        for (int k = 0; k < n; k++) {
            out.write((int) (v >>> (24 - 8 * k)) & 0xFF);
        }
    }

    /**
     * Z85 encoding of {@code src}, whose length must be a multiple of 4.
     *
     * @throws IllegalArgumentException {@code z85: wrongly aligned input data} otherwise
     */
    public static String z85Encode(byte[] src) {
        if (src.length % 4 != 0) {
            throw new IllegalArgumentException("z85: wrongly aligned input data");
        }
        StringBuilder sb = new StringBuilder(src.length / 4 * 5);
        char[] digits = new char[5];
        for (int i = 0; i < src.length; i += 4) {
            long v = ((src[i] & 0xFFL) << 24) | ((src[i + 1] & 0xFF) << 16) | ((src[i + 2] & 0xFF) << 8)
                    | (src[i + 3] & 0xFF);
            for (int k = 4; k >= 0; k--) {
                digits[k] = Z85_ALPHABET.charAt((int) (v % 85));
                v /= 85;
            }
            sb.append(digits);
        }
        return sb.toString();
    }

    /**
     * Z85 decoding; the input length must be a multiple of 5.
     *
     * @throws IllegalArgumentException for misaligned input or a character outside the Z85 alphabet
     */
    public static byte[] z85Decode(byte[] src) {
        if (src.length % 5 != 0) {
            throw new IllegalArgumentException("z85: wrongly aligned input data");
        }
        byte[] out = new byte[src.length / 5 * 4];
        for (int i = 0, o = 0; i < src.length; i += 5, o += 4) {
            long v = 0;
            for (int k = 0; k < 5; k++) {
                int c = src[i + k] & 0xFF;
                int d = c < 128 ? Z85_DECODE[c] : -1;
                if (d < 0) {
                    throw new IllegalArgumentException("z85: invalid input byte " + GoStrconv.quoteRune(c));
                }
                v = v * 85 + d;
            }
            out[o] = (byte) (v >>> 24);
            out[o + 1] = (byte) (v >>> 16);
            out[o + 2] = (byte) (v >>> 8);
            out[o + 3] = (byte) v;
        }
        return out;
    }
}
