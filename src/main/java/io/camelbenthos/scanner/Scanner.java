package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One open scan of a byte stream (Benthos's {@code BatchScanner}): each call yields the next batch of messages cut
 * from the stream, null once the stream is exhausted. A read error ends the scan (Benthos closes the scanner).
 */
public interface Scanner extends Closeable {
    /** The next batch (never empty), or null at the end of the stream. */
    List<Message> next() throws IOException;
}
