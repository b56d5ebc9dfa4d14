package io.camelbenthos.files;

import io.camelbenthos.config.Position;
import io.camelbenthos.scanner.ScannerChoice;
import io.camelbenthos.source.BatchSource;
import org.apache.camel.CamelContext;

/**
 * The {@code file} input's reader bean: its globs are expanded when it starts (Benthos expands them once, at
 * construction), then the files are read through the scanner. The scanner is kept as its config (checked at lint)
 * so the bean exports as plain properties.
 */
public class FileReader extends GlobbedFilesReader {
    private ScannerChoice scanning = new ScannerChoice();

    public FileReader() {
        setInputType("file");
    }

    /** The scanner, or the deprecated codec. */
    public ScannerChoice getScanning() {
        return scanning;
    }

    public void setScanning(ScannerChoice scanning) {
        this.scanning = scanning;
    }

    @Override
    protected BatchSource openSource(CamelContext camel) throws Exception {
        return new FileSource(GoGlob.expand(getPaths()), scanning.factory(new Position("file", 0, 0)),
                isDeleteOnFinish());
    }
}
