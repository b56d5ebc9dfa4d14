package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;

/** {@code to_the_end}: the whole stream as one message (an empty stream is one empty message). */
record ToTheEndScanner() implements ScannerFactory {
    @Override
    public Scanner open(InputStream in, String sourceName) {
        return new SingleMessageScanner(in) {
            private boolean done;

            @Override
            protected Message nextMessage() throws IOException {
                if (done) {
                    return null;
                }
                done = true;
                return Message.of(in.readAllBytes());
            }
        };
    }
}
