package io.camelbenthos.bloblang.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for the JSON encoder: writing bytes directly skips the char buffer, the String and the
 * re-encoding a {@code StringBuilder} would cost on every serialised message. Not thread-safe.
 */
final class Utf8Sink {
    /** Buffers above this size are not kept for reuse, so one huge message does not pin its buffer. */
    private static final int MAX_KEPT = 64 * 1024;
    /** One reusable buffer per thread for message serialisation, which only copies out the final bytes. */
    private static final ThreadLocal<Utf8Sink> SCRATCH = ThreadLocal.withInitial(() -> new Utf8Sink(512));

    private byte[] buf;
    private int len;
    private boolean inUse;

    Utf8Sink(int capacity) {
        buf = new byte[capacity];
    }

    /** This thread's scratch sink, emptied; a fresh one if it is already in use (re-entrant encoding). */
    static Utf8Sink acquire() {
        Utf8Sink s = SCRATCH.get();
        if (s.inUse) {
            return new Utf8Sink(128);
        }
        s.inUse = true;
        s.len = 0;
        return s;
    }

    /** Gives a sink from {@link #acquire()} back. */
    void release() {
        inUse = false;
        if (buf.length > MAX_KEPT) {
            buf = new byte[512];
        }
    }


    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** One ASCII character. */
    void ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    /** A string known to be ASCII (JSON punctuation, number text, base64). */
    void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** Any text, UTF-8 encoded (ASCII copied directly; unpaired surrogates become '?' as in String.getBytes). */
    void text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, buf, len, rest.length);
                len += rest.length;
                return;
            }
            buf[len++] = (byte) c;
        }
    }

    /** A character of the Basic Multilingual Plane that is not a surrogate, as 1 to 3 UTF-8 bytes. */
    void bmp(char c) {
        ensure(3);
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xc0 | c >> 6);
            buf[len++] = (byte) (0x80 | c & 0x3f);
        } else {
            buf[len++] = (byte) (0xe0 | c >> 12);
            buf[len++] = (byte) (0x80 | c >> 6 & 0x3f);
            buf[len++] = (byte) (0x80 | c & 0x3f);
        }
    }

    /** A supplementary code point (a valid surrogate pair), as 4 UTF-8 bytes. */
    void supplementary(int cp) {
        ensure(4);
        buf[len++] = (byte) (0xf0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buf[len++] = (byte) (0x80 | cp & 0x3f);
    }

    /** A decimal integer, without the String {@code Long.toString} would allocate. */
    void decimal(long v) {
        if (v == (int) v) {
            decimal((int) v);
            return;
        }
        if (v == Long.MIN_VALUE) {
            ascii("-9223372036854775808");
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int end = len + digits(v);
        for (int i = end - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len = end;
    }

    /** The int case, in int arithmetic (cheaper divisions). */
    private void decimal(int v) {
        if (v == Integer.MIN_VALUE) {
            ascii("-2147483648");
            return;
        }
        ensure(11);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int end = len + digits(v);
        for (int i = end - 1; i >= len; i--) {
            int q = v / 10;
            buf[i] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        len = end;
    }

    private static int digits(long v) {
        int d = 1;
        for (long t = 10; t <= v && d < 19; t *= 10) {
            d++;
        }
        return d;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    String toUtf8String() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
