package io.camelbenthos.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.List;

/** {@code skip_bom}: a leading byte order mark (UTF-32, UTF-8 or UTF-16) dropped before the child scanner reads. */
record SkipBom(ScannerFactory into) implements ScannerFactory {
    /** Longest first, so that a UTF-32 LE mark is not taken for a UTF-16 LE one. */
    private static final List<byte[]> MARKS = List.of(
            new byte[] {0x00, 0x00, (byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x00},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE});

    @Override
    public Scanner open(InputStream in, String sourceName) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 4);
        byte[] head = pushback.readNBytes(4);
        int skip = 0;
        for (byte[] mark : MARKS) {
            if (head.length >= mark.length && Arrays.equals(head, 0, mark.length, mark, 0, mark.length)) {
                skip = mark.length;
                break;
            }
        }
        pushback.unread(head, skip, head.length - skip);
        return into.open(pushback, sourceName);
    }
}
