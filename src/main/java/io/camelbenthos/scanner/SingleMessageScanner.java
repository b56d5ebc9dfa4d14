package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The common shape of scanners that cut one message at a time from a stream they own. */
abstract class SingleMessageScanner implements Scanner {
    protected final InputStream in;

    SingleMessageScanner(InputStream in) {
        this.in = in;
    }

    /** The next message, or null at the end of the stream. */
    protected abstract Message nextMessage() throws IOException;

    @Override
    public final List<Message> next() throws IOException {
        Message m = nextMessage();
        return m == null ? null : List.of(m);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
