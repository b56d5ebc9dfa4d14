package io.camelbenthos.scanner;

import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** {@code tar}: a message per file of a tar archive, its name in metadata {@code tar_name}. */
record TarScanner() implements ScannerFactory {
    @Override
    public Scanner open(InputStream in, String sourceName) {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        return new SingleMessageScanner(tar) {
            @Override
            protected Message nextMessage() throws IOException {
                TarArchiveEntry entry = tar.getNextEntry();
                if (entry == null) {
                    return null;
                }
                Message m = Message.of(tar.readAllBytes());
                m.metadata().put("tar_name", entry.getName());
                return m;
            }
        };
    }
}
