package io.camelbenthos.files;

import io.camelbenthos.config.Position;
import io.camelbenthos.scanner.ScannerFactory;
import io.camelbenthos.scanner.Scanners;
import io.camelbenthos.source.BatchSource;
import io.camelbenthos.source.SourcePump;
import java.util.List;
import java.util.Map;

/**
 * The {@code file} input's reader bean: its globs are expanded when it starts (Benthos expands them once, at
 * construction), then the files are read through the scanner. The scanner is kept as its config (checked at lint)
 * so the bean exports as plain properties.
 */
public class FileReader extends SourcePump {
    private List<String> paths = List.of();
    private Map<String, Object> scanner = Map.of("lines", Map.of());
    private String codec = "";
    private int maxBuffer = 1000000;
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

    /** The {@code scanner} config, e.g. {@code {lines: {}}}. */
    public Map<String, Object> getScanner() {
        return scanner;
    }

    public void setScanner(Map<String, Object> scanner) {
        this.scanner = scanner;
    }

    /** The deprecated {@code codec}; when set it replaces the scanner. */
    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec == null ? "" : codec;
    }

    public int getMaxBuffer() {
        return maxBuffer;
    }

    public void setMaxBuffer(int maxBuffer) {
        this.maxBuffer = maxBuffer;
    }

    public boolean isDeleteOnFinish() {
        return deleteOnFinish;
    }

    public void setDeleteOnFinish(boolean deleteOnFinish) {
        this.deleteOnFinish = deleteOnFinish;
    }

    /** The scanner the settings describe (they were checked at lint, so this does not fail at run time). */
    public static ScannerFactory scanner(Object scannerConfig, String codec, int maxBuffer, Position at) {
        return codec == null || codec.isEmpty() ? Scanners.parse(scannerConfig, at)
                : Scanners.fromCodec(codec, maxBuffer, at);
    }

    @Override
    protected BatchSource openSource(org.apache.camel.CamelContext camel) throws Exception {
        return new FileSource(GoGlob.expand(paths), scanner(scanner, codec, maxBuffer, new Position("file", 0, 0)),
                deleteOnFinish);
    }
}
