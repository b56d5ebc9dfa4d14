package io.camelbenthos.scanner;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code lines}: a message per line. Without {@code custom_delimiter} a line ends at {@code \n} and a trailing
 * {@code \r} is dropped (Go's {@code ScanLines}); with one, the delimiter is cut as it is. The last line needs no
 * delimiter; {@code omit_empty} drops empty lines.
 */
record LinesScanner(String customDelimiter, int maxBufferSize, boolean omitEmpty) implements ScannerFactory {
    /** Go's {@code bufio.MaxScanTokenSize}. */
    static final int DEFAULT_MAX_BUFFER = 65536;

    @Override
    public Scanner open(InputStream in, String sourceName) {
        byte[] delim = (customDelimiter == null || customDelimiter.isEmpty() ? "\n" : customDelimiter)
                .getBytes(StandardCharsets.UTF_8);
        boolean dropCr = customDelimiter == null || customDelimiter.isEmpty();
        return new SplitScanner(in, maxBufferSize) {
            @Override
            Split split(byte[] data, int off, int len, boolean atEOF) {
                int i = indexOf(data, off, len, delim);
                if (i >= 0) {
                    return new Split(i - off + delim.length, token(data, off, i));
                }
                return atEOF ? new Split(len, token(data, off, off + len)) : null;
            }

            private byte[] token(byte[] data, int from, int to) {
                if (dropCr && to > from && data[to - 1] == '\r') {
                    to--;
                }
                return Arrays.copyOfRange(data, from, to);
            }

            @Override
            boolean keep(byte[] token) {
                return !omitEmpty || token.length > 0;
            }
        };
    }

    static int indexOf(byte[] data, int off, int len, byte[] needle) {
        outer:
        for (int i = off; i <= off + len - needle.length; i++) {
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
