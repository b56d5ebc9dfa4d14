package io.camelbenthos.scanner;

import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.Position;
import java.util.Map;

/**
 * The scanner fields of an input as a bean property ({@code scanner}, or the deprecated {@code codec} with
 * {@code max_buffer}), checked when read from the config and turned into a {@link ScannerFactory} when the input
 * starts; kept as config so that the input's bean exports as plain properties.
 */
public class ScannerChoice {
    private Map<String, Object> scanner = Map.of("lines", Map.of());
    private String codec = "";
    private int maxBuffer = 1000000;

    /**
     * Reads and checks {@code scanner}, {@code codec} and {@code max_buffer} of {@code config}.
     *
     * @throws io.camelbenthos.config.ConfigException at the field at fault
     */
    @SuppressWarnings("unchecked")
    public static ScannerChoice from(ComponentConfig config) {
        ScannerChoice choice = new ScannerChoice();
        choice.codec = config.raw("codec") != null ? config.string("codec") : "";
        choice.maxBuffer = (int) Math.min(Integer.MAX_VALUE, Math.max(1, config.integer("max_buffer")));
        if (config.raw("scanner") instanceof Map<?, ?> raw) {
            choice.scanner = (Map<String, Object>) raw;
        }
        choice.factory(config.position(choice.codec.isEmpty() ? "scanner" : "codec"));
        if (choice.codec.isEmpty() && !(config.raw("scanner") instanceof Map)) {
            Scanners.parse(config.raw("scanner"), config.position("scanner"));
        }
        return choice;
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

    /** The scanner the settings describe. */
    public ScannerFactory factory(Position at) {
        return codec.isEmpty() ? Scanners.parse(scanner, at) : Scanners.fromCodec(codec, maxBuffer, at);
    }
}
