package io.camelbenthos.scanner;

import java.io.IOException;
import java.io.InputStream;

/**
 * A configured scanner kind (Benthos's {@code BatchScannerCreator}): opens a {@link Scanner} over a source's bytes.
 * Inputs that consume streams of bytes ({@code file}, {@code http_client} in stream mode, later {@code stdin} and
 * {@code socket}) share these; {@link Scanners#parse} builds one from a {@code scanner:} config.
 */
public interface ScannerFactory {
    /**
     * @param in the source's bytes; the scanner owns and closes it
     * @param sourceName the file name or equivalent ({@code switch} matches on it)
     */
    Scanner open(InputStream in, String sourceName) throws IOException;
}
