package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Go's {@code bufio.Scanner} with a split function: bytes are buffered (up to {@code maxBuffer}, then
 * {@code bufio.Scanner: token too long}) until the split finds a token; what follows stays for the next call.
 */
abstract class SplitScanner extends SingleMessageScanner {
    /** How many bytes a split consumed and the token it found (null: none, skip on). */
    record Split(int advance, byte[] token) {
    }

    private final int maxBuffer;
    private byte[] buf;
    private int start;
    private int end;
    private boolean eof;

    SplitScanner(InputStream in, int maxBuffer) {
        super(in);
        this.maxBuffer = Math.max(1, maxBuffer);
        this.buf = new byte[Math.min(4096, this.maxBuffer)];
    }

    /** Looks for a token in {@code data[off, off+len)}; null when more data is needed (never at EOF with data). */
    abstract Split split(byte[] data, int off, int len, boolean atEOF);

    /** Whether a token is emitted (lines' {@code omit_empty} drops empty ones). */
    boolean keep(byte[] token) {
        return true;
    }

    @Override
    protected Message nextMessage() throws IOException {
        while (true) {
            if (end > start) {
                Split s = split(buf, start, end - start, eof);
                if (s != null) {
                    start += s.advance();
                    if (s.token() != null && keep(s.token())) {
                        return Message.of(s.token());
                    }
                    continue;
                }
            }
            if (eof) {
                return null;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            if (buf.length >= maxBuffer) {
                throw new IOException("bufio.Scanner: token too long");
            }
            buf = Arrays.copyOf(buf, (int) Math.min(maxBuffer, buf.length * 2L));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }
}
