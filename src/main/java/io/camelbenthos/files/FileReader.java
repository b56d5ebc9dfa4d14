package io.camelbenthos.files;

import io.camelbenthos.config.Position;
import io.camelbenthos.scanner.ScannerChoice;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourcePump;
import java.util.List;

/**
 * The {@code file} input's reader bean: its globs are expanded when it starts (Benthos expands them once, at
 * construction), then the files are read through the scanner. The scanner is kept as its config (checked at lint)
 * so the bean exports as plain properties.
 */
public class FileReader extends SourcePump {
    private List<String> paths = List.of();
    private ScannerChoice scanning = new ScannerChoice();
    private boolean deleteOnFinish;

    public FileReader() {
        setInputType("file");
    }

    public List<String> getPaths() {
        return paths;
    }

    public void setPaths(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The scanner, or the deprecated codec. */
    public ScannerChoice getScanning() {
        return scanning;
    }

    public void setScanning(ScannerChoice scanning) {
        this.scanning = scanning;
    }

    public boolean isDeleteOnFinish() {
        return deleteOnFinish;
    }

    public void setDeleteOnFinish(boolean deleteOnFinish) {
        this.deleteOnFinish = deleteOnFinish;
    }

    @Override
    protected BatchSource openSource(org.apache.camel.CamelContext camel) throws Exception {
        return new FileSource(GoGlob.expand(paths), scanning.factory(new Position("file", 0, 0)), deleteOnFinish);
    }
}
