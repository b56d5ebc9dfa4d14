package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;

/** {@code chunker}: messages of {@code size} bytes each, the last one holding what remains. */
record ChunkerScanner(int size) implements ScannerFactory {
    @Override
    public Scanner open(InputStream in, String sourceName) {
        return new SingleMessageScanner(in) {
            @Override
            protected Message nextMessage() throws IOException {
                byte[] chunk = in.readNBytes(size);
                return chunk.length == 0 ? null : Message.of(chunk);
            }
        };
    }
}
