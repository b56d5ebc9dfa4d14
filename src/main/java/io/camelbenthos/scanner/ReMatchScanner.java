package io.camelbenthos.scanner;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.InputStream;
import java.util.Arrays;

/**
 * {@code re_match}: the stream cut where {@code pattern} matches, each message running from one match to the next
 * (text before the first match is a message of its own). RE2 syntax, as Go's.
 */
record ReMatchScanner(Pattern pattern, int maxBufferSize) implements ScannerFactory {
    @Override
    public Scanner open(InputStream in, String sourceName) {
        return new SplitScanner(in, maxBufferSize) {
            @Override
            Split split(byte[] data, int off, int len, boolean atEOF) {
                byte[] window = Arrays.copyOfRange(data, off, off + len);
                Matcher m = pattern.matcher(window);
                int first = m.find() ? m.start() : -1;
                int second = first >= 0 && m.find() ? m.start() : -1;
                if (first < 0) {
                    return atEOF ? new Split(len, window) : null;
                }
                if (second < 0) {
                    if (!atEOF) {
                        return null;
                    }
                    int cut = first == 0 ? len : first;
                    return new Split(cut, Arrays.copyOf(window, cut));
                }
                int cut = first == 0 ? second : first;
                if (cut == 0) {
                    // an empty match at the start: nothing to cut yet
                    return atEOF ? new Split(len, window) : null;
                }
                return new Split(cut, Arrays.copyOf(window, cut));
            }
        };
    }
}
